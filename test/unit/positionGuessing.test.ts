/**
 * A learner who knows nothing and answers by position must not do well (#13): always the first
 * option shown, option n for row n, the order an ordering item starts in, "true" for every
 * statement, nothing for typed answers. Over 20 learners' seeds in each locale, every quiz
 * averages below half marks. The page deals the options with the same function (arrangeItem).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { arrangeItem } from '../../src/lib/quiz/arrangeItem.ts';
import { gradeResponse, type Response } from '../../src/lib/quiz/grade.ts';
import { startingOrder } from '../../src/lib/quiz/itemInput.ts';
import { localizeQuizItem } from '../../src/lib/quiz/localizeQuizItem.ts';
import type { QuizItemView } from '../../src/lib/quiz/quizItemView.ts';
import { quizSchema } from '../../src/schemas/quiz.ts';

const seeds = Array.from({ length: 20 }, (_, n) => `learner-${n + 1}`);

/** The answer of someone who picks by position alone; undefined where there is nothing to pick. */
function byPosition(item: QuizItemView): Response | undefined {
  const row = <T>(list: T[], n: number) => list[n % list.length]!;
  switch (item.type) {
    case 'single':
      return { kind: 'single', choice: item.choices[0]!.id };
    case 'trueFalse':
      return { kind: 'trueFalse', choice: true };
    case 'multiple':
      return { kind: 'multiple', choices: [item.choices[0]!.id] };
    case 'ordering':
      return { kind: 'ordering', order: startingOrder(item) };
    case 'matching':
      return {
        kind: 'matching',
        pairs: Object.fromEntries(item.left.map((left, n) => [left.id, row(item.right, n).id])),
      };
    case 'categorising':
      return {
        kind: 'categorising',
        placements: Object.fromEntries(item.choices.map((choice, n) => [choice.id, row(item.right, n).id])),
      };
    default:
      return undefined;
  }
}

const quizFiles = readdirSync('content/quizzes').filter((file) => file.endsWith('.yaml'));

describe.each(quizFiles)('answering %s by position', (file) => {
  const quiz = quizSchema.parse(parse(readFileSync(`content/quizzes/${file}`, 'utf8')));
  it.each(locales)('%s: scores below half marks on average over 20 learners', (locale) => {
    const scores = seeds.flatMap((seed) =>
      quiz.items.map((written) => {
        const item = arrangeItem(localizeQuizItem(written, locale), seed);
        const response = byPosition(item);
        return response ? gradeResponse(item.key, response).score : 0;
      }),
    );
    const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    expect(mean).toBeLessThan(0.5);
  });
});
