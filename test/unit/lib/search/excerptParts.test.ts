/**
 * Excerpts as Pagefind writes them (text HTML-escaped, matches in <mark>) become plain and
 * highlighted runs; the expected runs are written out by hand from each excerpt.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../../../src/lib/search/excerptParts.ts';

describe('excerptParts', () => {
  it('splits an English excerpt at its marks', () => {
    expect(excerptParts('Its heart is the <mark>Erlang</mark> C formula, which')).toEqual([
      { text: 'Its heart is the ', marked: false },
      { text: 'Erlang', marked: true },
      { text: ' C formula, which', marked: false },
    ]);
  });

  it('keeps Chinese runs whole, with several marks and a mark at either end', () => {
    expect(excerptParts('<mark>忠诚</mark>的两个维度：态度<mark>忠诚</mark>与行为<mark>忠诚</mark>')).toEqual([
      { text: '忠诚', marked: true },
      { text: '的两个维度：态度', marked: false },
      { text: '忠诚', marked: true },
      { text: '与行为', marked: false },
      { text: '忠诚', marked: true },
    ]);
  });

  it('joins neighbouring marks into one highlighted run', () => {
    expect(excerptParts('the <mark>service</mark><mark> recovery</mark> paradox')).toEqual([
      { text: 'the ', marked: false },
      { text: 'service recovery', marked: true },
      { text: ' paradox', marked: false },
    ]);
  });

  it('decodes escaped text and never lets markup through as markup', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; &amp; <mark>R&amp;D</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> & ', marked: false },
      { text: 'R&D', marked: true },
    ]);
  });

  it('runs an unclosed mark (an excerpt cut inside one) to the end', () => {
    expect(excerptParts('留住 5% 的<mark>客户')).toEqual([
      { text: '留住 5% 的', marked: false },
      { text: '客户', marked: true },
    ]);
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });

  it('keeps every character of the text, in order, however the marks fall (property)', () => {
    // Text as Pagefind escapes it has no bare <, > or &; the entity cases are above.
    const text = fc.string().map((raw) => raw.replace(/[<>&]/g, ''));
    const piece = fc.oneof(text, fc.constantFrom('<mark>', '</mark>'));
    fc.assert(
      fc.property(fc.array(piece), (pieces) => {
        const excerpt = pieces.join('');
        const parts = excerptParts(excerpt);
        expect(parts.map((part) => part.text).join('')).toBe(excerpt.replace(/<\/?mark>/g, ''));
        for (const part of parts) expect(part.text).not.toBe('');
        // Neighbours always differ, or they would have been one run.
        for (let i = 1; i < parts.length; i++) expect(parts[i]!.marked).not.toBe(parts[i - 1]!.marked);
      }),
    );
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones as written', () => {
    expect(decodeEntities('&quot;a&quot; &#39;b&#39; &#x4E2D;&#25991; &nbsp;&copy;')).toBe(
      '"a" \'b\' 中文 \u00a0&copy;',
    );
  });

  it('leaves an out-of-range code point as written instead of throwing', () => {
    expect(decodeEntities('&#x110000; &#99999999999;')).toBe('&#x110000; &#99999999999;');
  });
});
