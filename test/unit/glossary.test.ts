/**
 * The glossary covers the course: at least 120 terms, every chapter's key terms among them (in
 * each locale, as the term or one of its aliases), and every related term pointing at a real entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { locales } from '../../src/i18n/locales.ts';

const glossary = glossarySchema.parse(parse(readFileSync('content/glossary.yaml', 'utf8')));
const chapterFiles = readdirSync('content/chapters/zh-cn').filter((file) => file.endsWith('.mdx'));

/** A key term as the chapter lists it, without its parenthesised abbreviation or gloss: "客户关系管理（CRM）" → "客户关系管理". */
const bare = (term: string) =>
  term
    .replace(/\s*[（(][^）)]*[）)]\s*$/u, '')
    .trim()
    .toLowerCase();

it('has at least 120 terms', () => {
  expect(glossary.terms.length).toBeGreaterThanOrEqual(120);
});

it('points every related term at an entry', () => {
  const ids = new Set(glossary.terms.map((term) => term.id));
  const dangling = glossary.terms.flatMap((term) =>
    (term.related ?? []).filter((id) => !ids.has(id)).map((id) => `${term.id} → ${id}`),
  );
  expect(dangling).toEqual([]);
});

describe.each(chapterFiles)('%s', (file) => {
  it.each(locales)('has every key term in the glossary (%s)', (locale) => {
    const source = readFileSync(`content/chapters/${locale}/${file}`, 'utf8');
    const chapter = chapterSchema.parse(parse(source.split(/^---$/m)[1]!));
    const known = new Set(
      glossary.terms.flatMap((term) => [term[locale].term, ...(term[locale].aliases ?? [])].map(bare)),
    );
    expect(chapter.keyTerms.map((keyTerm) => keyTerm.term).filter((term) => !known.has(bare(term)))).toEqual([]);
  });

  it('has at least 12 glossary terms of its own', () => {
    const chapter = Number(file.slice(0, 2));
    expect(glossary.terms.filter((term) => term.chapter === chapter).length).toBeGreaterThanOrEqual(12);
  });
});
