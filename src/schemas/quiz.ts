/**
 * A chapter's quiz (content/quizzes/NN-slug.yaml): items with a stable id, the objective each
 * checks, a difficulty, text in every locale, the answer and an explanation. Errors name the item.
 */
import { z } from 'zod';
import type { AnswerKey } from '../lib/quiz/grade.ts';
import { localizedText } from './localized.ts';

const text = z.string().trim().min(1, 'must not be empty');

const choiceId = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and hyphens');
const choice = z.strictObject({ id: choiceId, text: localizedText });

const itemBase = {
  /** Stable across edits and languages: progress is keyed by it. */
  id: z.string().regex(/^ch\d+-[a-z0-9-]+$/, 'item ids look like ch1-client-definition'),
  objective: z.string().regex(/^lo-\d+-\d+$/, 'an objective id such as lo-1-2'),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  prompt: localizedText,
  explanation: localizedText,
};

const uniqueIds = (choices: { id: string }[]) => new Set(choices.map((c) => c.id)).size === choices.length;
const distinct = { message: 'option ids must be unique within an item' };

export const quizItemSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      ...itemBase,
      type: z.literal('single'),
      options: z.array(choice).min(2).refine(uniqueIds, distinct),
      answer: choiceId,
    }),
    z.strictObject({
      ...itemBase,
      type: z.literal('multiple'),
      options: z.array(choice).min(3).refine(uniqueIds, distinct),
      answer: z.array(choiceId).min(1),
    }),
    z.strictObject({ ...itemBase, type: z.literal('trueFalse'), answer: z.boolean() }),
    z.strictObject({
      ...itemBase,
      type: z.literal('ordering'),
      options: z.array(choice).min(3).refine(uniqueIds, distinct),
      answer: z.array(choiceId).min(3),
    }),
    z.strictObject({
      ...itemBase,
      type: z.literal('matching'),
      left: z.array(choice).min(2).refine(uniqueIds, distinct),
      right: z.array(choice).min(2).refine(uniqueIds, distinct),
      answer: z.record(choiceId, choiceId),
    }),
    z.strictObject({
      ...itemBase,
      type: z.literal('categorising'),
      buckets: z.array(choice).min(2).refine(uniqueIds, distinct),
      options: z.array(choice).min(2).refine(uniqueIds, distinct),
      answer: z.record(choiceId, choiceId),
    }),
    z.strictObject({
      ...itemBase,
      type: z.literal('numeric'),
      unit: localizedText.optional(),
      answer: z.strictObject({
        value: z.number(),
        tolerance: z.number().min(0),
        relative: z.boolean().optional(),
        /** How the learner writes it: a plain number (default), a value in percent, or a proportion either way (0.3 or 30%). */
        format: z.enum(['number', 'percent', 'either']).optional(),
      }),
    }),
    z.strictObject({ ...itemBase, type: z.literal('text'), answer: z.array(text).min(1) }),
  ])
  .superRefine((item, ctx) => {
    const problem = (message: string) =>
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `${item.id}: ${message}` });
    const ids = (choices: { id: string }[]) => new Set(choices.map((c) => c.id));
    switch (item.type) {
      case 'single':
        if (!ids(item.options).has(item.answer)) problem(`answer "${item.answer}" is not among the options`);
        break;
      case 'multiple':
        for (const id of item.answer)
          if (!ids(item.options).has(id)) problem(`answer "${id}" is not among the options`);
        break;
      case 'ordering': {
        const sorted = (list: string[]) => [...list].sort().join(' ');
        if (sorted(item.answer) !== sorted(item.options.map((o) => o.id)))
          problem('the answer must list every option exactly once');
        break;
      }
      case 'matching':
      case 'categorising': {
        const keys = item.type === 'matching' ? ids(item.left) : ids(item.options);
        const values = item.type === 'matching' ? ids(item.right) : ids(item.buckets);
        for (const key of keys) if (!(key in item.answer)) problem(`"${key}" has no answer`);
        for (const [key, value] of Object.entries(item.answer)) {
          if (!keys.has(key)) problem(`"${key}" is not an item of this question`);
          if (!values.has(value)) problem(`"${value}" is not among the choices`);
        }
        break;
      }
    }
  });

export const quizSchema = z
  .strictObject({ chapter: z.int().min(1), items: z.array(quizItemSchema).min(1) })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.items.forEach((item, index) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `duplicate item id ${item.id}` });
      seen.add(item.id);
    });
  });

export type QuizItem = z.infer<typeof quizItemSchema>;
export type Quiz = z.infer<typeof quizSchema>;

/** The part of an item that grading needs. */
export function answerKeyOf(item: QuizItem): AnswerKey {
  switch (item.type) {
    case 'single':
      return { kind: 'single', correct: item.answer };
    case 'multiple':
      return { kind: 'multiple', correct: item.answer };
    case 'trueFalse':
      return { kind: 'trueFalse', correct: item.answer };
    case 'ordering':
      return { kind: 'ordering', correct: item.answer };
    case 'matching':
      return { kind: 'matching', correct: item.answer };
    case 'categorising':
      return { kind: 'categorising', correct: item.answer };
    case 'numeric':
      return {
        kind: 'numeric',
        value: item.answer.value,
        tolerance: item.answer.tolerance,
        relative: item.answer.relative,
      };
    case 'text':
      return { kind: 'text', accepted: item.answer };
  }
}
