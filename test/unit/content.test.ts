/** Every chapter exists in both locales with the same structure, so neither language falls behind. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { locales } from '../../src/i18n/locales.ts';
import { mdxComponents } from '../../src/data/chapterComponents.ts';

const root = 'content/chapters';
const filesOf = (locale: string) =>
  readdirSync(`${root}/${locale}`)
    .filter((f) => f.endsWith('.mdx'))
    .sort();

function readChapter(locale: string, file: string) {
  const source = readFileSync(`${root}/${locale}/${file}`, 'utf8');
  const [, frontmatter = '', body = ''] = source.split(/^---$/m);
  return {
    data: chapterSchema.parse(parse(frontmatter)),
    headingIds: [...body.matchAll(/^#{2,3} .*\{#([\w-]+)\}\s*$/gm)].map((m) => m[1]),
    headingsWithoutId: body.split('\n').filter((line) => /^#{2,6} /.test(line) && !/\{#[\w-]+\}\s*$/.test(line)),
    components: mdxComponents(body),
  };
}

const reference = filesOf(locales[0]);

describe('chapters', () => {
  it('exist, named NN-slug.mdx', () => {
    expect(reference.length).toBeGreaterThan(0);
    for (const file of reference) expect(file).toMatch(/^\d{2}-[a-z0-9-]+\.mdx$/);
  });

  it.each(locales)('are the same files in %s', (locale) => {
    expect(filesOf(locale)).toEqual(reference);
  });

  describe.each(reference)('%s', (file) => {
    const [zh, ...others] = locales.map((locale) => readChapter(locale, file));

    it('gives every section heading an explicit id', () => {
      for (const chapter of [zh!, ...others]) expect(chapter.headingsWithoutId).toEqual([]);
    });

    it('has the same chapter number, objectives, key-term count, sections and widgets in every locale', () => {
      expect(Number(file.slice(0, 2))).toBe(zh!.data.chapter);
      for (const other of others) {
        expect(other.data.chapter).toBe(zh!.data.chapter);
        expect(other.data.objectives.map((o) => o.id)).toEqual(zh!.data.objectives.map((o) => o.id));
        expect(other.data.keyTerms.length).toBe(zh!.data.keyTerms.length);
        expect(other.headingIds).toEqual(zh!.headingIds);
        expect(other.components).toEqual(zh!.components);
      }
    });

    it('uses each heading id once', () => {
      expect(new Set(zh!.headingIds).size).toBe(zh!.headingIds.length);
    });
  });
});
