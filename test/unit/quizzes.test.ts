/**
 * The chapter quizzes: valid, tied to objectives the chapter declares, covering every objective,
 * and not giving their single-choice keys away by length. Length is displayLength: characters
 * (Unicode code points, white space runs counted as one) in each locale, Chinese and English alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { quizSchema } from '../../src/schemas/quiz.ts';
import { locales } from '../../src/i18n/locales.ts';
import { KEY_LONGEST_LIMIT, keyLengths } from '../../src/lib/quiz/keyLength.ts';
import { undeclaredObjectives } from '../../src/lib/quiz/undeclaredObjectives.ts';

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
    expect(undeclaredObjectives(quiz.items, chapter.objectives).map((item) => item.id)).toEqual([]);
  });

  it('checks every learning objective with at least one item', () => {
    const checked = new Set(quiz.items.map((item) => item.objective));
    expect(chapter.objectives.map((objective) => objective.id).filter((id) => !checked.has(id))).toEqual([]);
  });

  // A student who always picks the longest option must not pass: per locale, the key may be the
  // strictly longest option in at most KEY_LONGEST_LIMIT (40 %) of the single-choice items.
  it.each(locales)('does not give its single-choice keys away by length (%s)', (locale) => {
    const { rows, longestCount, share } = keyLengths(quiz.items, locale);
    const longest = rows
      .filter((row) => row.keyIsLongest)
      .map((row) => `${row.itemId} (key ${row.keyLength} characters, longest other option ${row.longestOther})`);
    expect(
      share,
      `${file} (${locale}): the key is the longest option in ${longestCount} of ${rows.length} single-choice items, ` +
        `more than ${KEY_LONGEST_LIMIT * 100}%. Shorten the key or sharpen a distractor in some of: ${longest.join('; ')}`,
    ).toBeLessThanOrEqual(KEY_LONGEST_LIMIT);
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
