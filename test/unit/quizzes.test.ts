/** The chapter quizzes: valid, tied to objectives the chapter declares, and covering every objective. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { quizSchema } from '../../src/schemas/quiz.ts';

const quizFiles = readdirSync('content/quizzes').filter((file) => file.endsWith('.yaml'));

describe.each(quizFiles)('%s', (file) => {
  const quiz = quizSchema.parse(parse(readFileSync(`content/quizzes/${file}`, 'utf8')));
  const chapterSource = readFileSync(`content/chapters/zh-cn/${file.replace(/\.yaml$/, '.mdx')}`, 'utf8');
  const chapter = chapterSchema.parse(parse(chapterSource.split(/^---$/m)[1]!));

  it('belongs to the chapter of the same name', () => {
    expect(quiz.chapter).toBe(chapter.chapter);
  });

  it('has at least 12 items, every one checking an objective the chapter declares', () => {
    expect(quiz.items.length).toBeGreaterThanOrEqual(12);
    const declared = new Set(chapter.objectives.map((objective) => objective.id));
    expect(quiz.items.filter((item) => !declared.has(item.objective)).map((item) => item.id)).toEqual([]);
  });

  it('checks every learning objective with at least one item', () => {
    const checked = new Set(quiz.items.map((item) => item.objective));
    expect(chapter.objectives.map((objective) => objective.id).filter((id) => !checked.has(id))).toEqual([]);
  });

  it('keeps item ids unique across all quizzes', () => {
    const all = quizFiles.flatMap((other) =>
      quizSchema.parse(parse(readFileSync(`content/quizzes/${other}`, 'utf8'))).items.map((item) => item.id),
    );
    expect(new Set(all).size).toBe(all.length);
  });
});

it('chapter 1’s quiz uses every question type', () => {
  const quiz = quizSchema.parse(parse(readFileSync('content/quizzes/01-foundations.yaml', 'utf8')));
  expect(new Set(quiz.items.map((item) => item.type))).toEqual(
    new Set(['single', 'multiple', 'trueFalse', 'ordering', 'matching', 'categorising', 'numeric', 'text']),
  );
});
