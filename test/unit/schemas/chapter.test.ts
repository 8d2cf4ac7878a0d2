import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterSchema } from '../../../src/schemas/chapter.ts';

const valid = parse(readFileSync('test/fixtures/chapters/valid.md', 'utf8').split('---')[1]!);

/** The fields a failed parse complains about, as "a.b.0" paths. */
function failingFields(frontmatter: unknown): string[] {
  const result = chapterSchema.safeParse(frontmatter);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('chapter frontmatter schema', () => {
  it('accepts a complete chapter', () => {
    expect(chapterSchema.safeParse(valid).success).toBe(true);
  });

  it('names a missing title', () => {
    const { title: _omitted, ...rest } = valid;
    expect(failingFields(rest)).toEqual(['title']);
  });

  it('names minutes given as text', () => {
    expect(failingFields({ ...valid, minutes: 'forty' })).toEqual(['minutes']);
  });

  it('rejects an objective id that does not follow the chapter', () => {
    const objectives = [...valid.objectives];
    objectives[1] = { ...objectives[1], id: 'lo-3-2' };
    expect(failingFields({ ...valid, objectives })).toEqual(['objectives.1.id']);
  });

  it('asks for at least three objectives', () => {
    expect(failingFields({ ...valid, objectives: valid.objectives.slice(0, 2) })).toEqual(['objectives']);
  });

  it('rejects an unknown field, so a typo is not silently ignored', () => {
    const result = chapterSchema.safeParse({ ...valid, minuets: 30 });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('minuets');
  });

  it('rejects an empty key-term definition', () => {
    expect(failingFields({ ...valid, keyTerms: [{ term: '关系营销', definition: '  ' }] })).toEqual([
      'keyTerms.0.definition',
    ]);
  });
});
