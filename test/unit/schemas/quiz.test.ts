import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerKeyOf, quizSchema, type QuizItem } from '../../../src/schemas/quiz.ts';
import { gradeResponse, type Response } from '../../../src/lib/quiz/grade.ts';

const fixture = parse(readFileSync('test/fixtures/quizzes/every-type.yaml', 'utf8'));
const items = fixture.items as Record<string, unknown>[];
const withItem = (index: number, change: Record<string, unknown>) => ({
  ...fixture,
  items: items.map((item, i) => (i === index ? { ...item, ...change } : item)),
});

/** The messages of a failed parse, each with the path it names. */
function problems(quiz: unknown): string[] {
  const result = quizSchema.safeParse(quiz);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('quiz schema', () => {
  it('accepts a quiz with every question type', () => {
    const result = quizSchema.safeParse(fixture);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('names the item whose answer is not among its options', () => {
    expect(problems(withItem(0, { answer: 'c' }))).toEqual([
      'items.0.answer: ch1-client-definition: answer "c" is not among the options',
    ]);
  });

  it('names a missing locale', () => {
    expect(problems(withItem(0, { prompt: { 'zh-cn': '只有中文' } }))).toEqual([
      'items.0.prompt.en: Invalid input: expected string, received undefined',
    ]);
  });

  it('rejects duplicate item ids', () => {
    const quiz = { ...fixture, items: [...items, items[0]] };
    expect(problems(quiz)).toEqual([`items.${items.length}.id: duplicate item id ch1-client-definition`]);
  });

  it('requires an ordering answer to list every option once', () => {
    expect(problems(withItem(3, { answer: ['prospect', 'first', 'first'] }))[0]).toContain('every option exactly once');
  });

  it('rejects a categorising answer that names an unknown bucket', () => {
    expect(problems(withItem(5, { answer: { family: 'end', dealer: 'retail' } }))[0]).toContain(
      '"retail" is not among the choices',
    );
  });
});

describe('answerKeyOf', () => {
  it('turns each item into a key that grades its own answer as fully right', () => {
    const responses: Record<QuizItem['type'], (item: QuizItem) => Response> = {
      single: (item) => ({ kind: 'single', choice: item.answer as string }),
      multiple: (item) => ({ kind: 'multiple', choices: item.answer as string[] }),
      trueFalse: (item) => ({ kind: 'trueFalse', choice: item.answer as boolean }),
      ordering: (item) => ({ kind: 'ordering', order: item.answer as string[] }),
      matching: (item) => ({ kind: 'matching', pairs: item.answer as Record<string, string> }),
      categorising: (item) => ({ kind: 'categorising', placements: item.answer as Record<string, string> }),
      numeric: () => ({ kind: 'numeric', value: 10 }),
      text: () => ({ kind: 'text', text: ' Customer Relationship Management ' }),
    };
    for (const item of quizSchema.parse(fixture).items) {
      expect(gradeResponse(answerKeyOf(item), responses[item.type](item)), item.id).toEqual({
        score: 1,
        correct: true,
      });
    }
  });
});
