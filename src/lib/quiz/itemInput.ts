/**
 * What a learner has entered for an item so far (possibly incomplete): where it starts and how a
 * saved answer is shown again. Ordering starts from the order its options are shown in, never
 * already the right one. Reading an entry into a gradable response is readInput.ts, loaded when a
 * learner first checks an answer.
 */
import type { FieldProblem } from '../form/fieldProblem.ts';
import type { Response } from './grade.ts';
import type { QuizItemView } from './quizItemView.ts';

export type ItemInput =
  | { kind: 'single'; choice?: string | undefined }
  | { kind: 'trueFalse'; choice?: boolean | undefined }
  | { kind: 'multiple'; choices: string[] }
  | { kind: 'ordering'; order: string[] }
  | { kind: 'matching'; pairs: Record<string, string> }
  | { kind: 'categorising'; placements: Record<string, string> }
  | { kind: 'numeric'; text: string }
  | { kind: 'text'; text: string };

/**
 * Why an entry cannot be graded yet: nothing chosen or typed, some things still to place, or a
 * typed number that cannot be read (a field problem, worded by the shared field sentences).
 */
export type InputProblem = { code: 'empty' } | { code: 'incomplete'; missing: number } | FieldProblem;

/**
 * An ordering item starts in the order its options are shown (arrangeItem), rotated by one when
 * that happens to be the answer, so it never starts solved.
 */
export function startingOrder(item: QuizItemView): string[] {
  const shown = item.choices.map((choice) => choice.id);
  const correct = item.key.kind === 'ordering' ? item.key.correct : [];
  return shown.join() === correct.join() ? [...shown.slice(1), shown[0]!] : shown;
}

export function emptyInput(item: QuizItemView): ItemInput {
  switch (item.type) {
    case 'single':
      return { kind: 'single' };
    case 'trueFalse':
      return { kind: 'trueFalse' };
    case 'multiple':
      return { kind: 'multiple', choices: [] };
    case 'ordering':
      return { kind: 'ordering', order: startingOrder(item) };
    case 'matching':
      return { kind: 'matching', pairs: {} };
    case 'categorising':
      return { kind: 'categorising', placements: {} };
    case 'numeric':
      return { kind: 'numeric', text: '' };
    case 'text':
      return { kind: 'text', text: '' };
  }
}

/** A stored response back into what the fields show. */
export function inputOf(response: Response & { text?: string | undefined }): ItemInput {
  switch (response.kind) {
    case 'numeric':
      return { kind: 'numeric', text: response.text ?? String(response.value) };
    default:
      return response;
  }
}
