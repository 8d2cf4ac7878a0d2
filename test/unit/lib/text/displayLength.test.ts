/** The length measure of the answer-fairness checks, against counts made by hand. */
import { describe, expect, it } from 'vitest';
import { displayLength } from '../../../../src/lib/text/displayLength.ts';

describe('displayLength', () => {
  it('counts each Chinese character and each punctuation mark once', () => {
    // 您 好 ， 我 在 。 → 6
    expect(displayLength('您好，我在。')).toBe(6);
  });

  it('counts Latin letters, spaces and punctuation, with each run of white space as one space and the ends trimmed', () => {
    // "No need to wait." is 16 characters; the folded line break and the padding change nothing.
    expect(displayLength('  No need\n   to wait. ')).toBe(16);
    expect(displayLength('No need to wait.')).toBe(16);
  });

  it('counts a character outside the Basic Multilingual Plane once, not as two UTF-16 units', () => {
    // 𠮷 (U+20BB7) is two UTF-16 code units; 𠮷野 is two characters.
    expect(displayLength('𠮷野')).toBe(2);
  });

  it('gives 0 for an empty or blank text', () => {
    expect(displayLength('')).toBe(0);
    expect(displayLength(' \n\t')).toBe(0);
  });
});
