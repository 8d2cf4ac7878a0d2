/**
 * What a learner has entered for an item so far (possibly incomplete), and turning it into a
 * gradable response or the reason it cannot be graded yet. Ordering starts from the order its
 * options are shown in, never already the right one. A typed number is read by the one number
 * reader every widget field uses (src/lib/text/readNumber.ts), so its mistakes are the fields' too.
 */
import type { FieldProblem } from '../form/fieldProblem.ts';
import { readNumber, type PercentSign } from '../text/readNumber.ts';
import type { Response } from './grade.ts';
import type { NumberFormat, QuizItemView } from './quizItemView.ts';

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

export type ToResponse =
  { ok: true; response: Response & { text?: string | undefined } } | { ok: false; problem: InputProblem };

/** What a trailing % means for each way an item wants its number. */
export const percentSignOf: Readonly<Record<NumberFormat, PercentSign>> = {
  number: 'refused',
  percent: 'optional',
  either: 'scales',
};

/**
 * Reads a numeric answer. Letters are compared without case, as every typed answer is, so a unit
 * typed "Years" counts as the item's "years" (numbers have no case but an exponent's e).
 */
export function readNumericAnswer(item: Pick<QuizItemView, 'format' | 'units'>, text: string) {
  return readNumber(text.toLowerCase(), {
    percentSign: percentSignOf[item.format],
    units: item.units.map((unit) => unit.toLowerCase()),
  });
}

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

export function toResponse(item: QuizItemView, input: ItemInput): ToResponse {
  switch (input.kind) {
    case 'single':
    case 'trueFalse':
      return input.choice === undefined
        ? { ok: false, problem: { code: 'empty' } }
        : { ok: true, response: { kind: input.kind, choice: input.choice } as Response };
    case 'multiple':
      return input.choices.length === 0
        ? { ok: false, problem: { code: 'empty' } }
        : { ok: true, response: { kind: 'multiple', choices: input.choices } };
    case 'ordering':
      return { ok: true, response: input };
    case 'matching':
    case 'categorising': {
      const keys = (input.kind === 'matching' ? item.left : item.choices).map((choice) => choice.id);
      const given = input.kind === 'matching' ? input.pairs : input.placements;
      const missing = keys.filter((key) => !given[key]).length;
      if (missing === keys.length) return { ok: false, problem: { code: 'empty' } };
      if (missing > 0) return { ok: false, problem: { code: 'incomplete', missing } };
      return { ok: true, response: input };
    }
    case 'numeric': {
      const read = readNumericAnswer(item, input.text);
      return read.ok
        ? { ok: true, response: { kind: 'numeric', value: read.value, text: input.text.trim() } }
        : { ok: false, problem: { code: read.problem } };
    }
    case 'text':
      return input.text.trim() === ''
        ? { ok: false, problem: { code: 'empty' } }
        : { ok: true, response: { kind: 'text', text: input.text } };
  }
}
