/**
 * Turning what a learner has entered into a gradable response, or the reason it cannot be graded
 * yet. A typed number is read by the one number reader every widget field uses
 * (src/lib/text/readNumber.ts), so its mistakes are the fields' too.
 */
import { readNumber, type PercentSign } from '../text/readNumber.ts';
import type { Response } from './grade.ts';
import type { InputProblem, ItemInput } from './itemInput.ts';
import type { NumberFormat, QuizItemView } from './quizItemView.ts';

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
