/**
 * Exam-format practice: every chapter has its written items in the formats Chinese CRM papers use
 * (at least 4 名词解释, 3 简答, 1 论述 and 1 案例分析), each tied to an objective the chapter declares.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { examSchema, type ExamFormat } from '../../src/schemas/exam.ts';

const chapterFiles = readdirSync('content/chapters/zh-cn').filter((file) => file.endsWith('.mdx'));
const slugs = chapterFiles.map((file) => file.replace(/\.mdx$/, ''));
const MINIMUM: Record<ExamFormat, number> = { term: 4, short: 3, essay: 1, case: 1 };

describe.each(slugs)('chapter %s', (slug) => {
  const path = `content/exams/${slug}.yaml`;
  const load = () => examSchema.parse(parse(readFileSync(path, 'utf8')));
  const chapter = chapterSchema.parse(
    parse(readFileSync(`content/chapters/zh-cn/${slug}.mdx`, 'utf8').split(/^---$/m)[1]!),
  );

  it('has exam practice that belongs to it', () => {
    expect(load().chapter).toBe(chapter.chapter);
  });

  it('has at least 4 term, 3 short-answer, 1 essay and 1 case-analysis item', () => {
    const counts = Object.fromEntries(
      Object.keys(MINIMUM).map((format) => [format, load().items.filter((item) => item.format === format).length]),
    );
    for (const [format, minimum] of Object.entries(MINIMUM))
      expect(counts[format], `${path}: ${format} items`).toBeGreaterThanOrEqual(minimum);
  });

  it('ties every item to an objective the chapter declares', () => {
    const declared = new Set(chapter.objectives.map((objective) => objective.id));
    expect(
      load()
        .items.filter((item) => !declared.has(item.objective))
        .map((item) => item.id),
    ).toEqual([]);
  });
});

it('keeps exam item ids unique across chapters and apart from quiz item ids', () => {
  const examIds = readdirSync('content/exams').flatMap((file) =>
    examSchema.parse(parse(readFileSync(`content/exams/${file}`, 'utf8'))).items.map((item) => item.id),
  );
  const quizIds = readdirSync('content/quizzes').flatMap((file) =>
    (parse(readFileSync(`content/quizzes/${file}`, 'utf8')) as { items: { id: string }[] }).items.map((i) => i.id),
  );
  expect(new Set(examIds).size).toBe(examIds.length);
  expect(examIds.filter((id) => quizIds.includes(id))).toEqual([]);
});
