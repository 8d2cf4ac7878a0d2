/**
 * Why a typed value cannot be used, as one code per mistake with the limit it broke, the same for
 * every widget and every numeric quiz answer; the widget words it in the page's language with the
 * shared problem sentences (strings namespace `form`).
 */
import type { core } from 'zod/mini';
import type { UnreadableNumber } from '../text/readNumber';

export type FieldProblem =
  | { code: UnreadableNumber }
  | { code: 'notWhole' }
  | { code: 'belowMin'; min: number }
  | { code: 'notAboveMin'; min: number }
  | { code: 'aboveMax'; max: number };

/** A zod issue about one number, as a field problem (a value that is not a number at all reads as one). */
export function problemFromIssue(issue: core.$ZodIssue): FieldProblem {
  switch (issue.code) {
    case 'too_small':
      return issue.inclusive === false
        ? { code: 'notAboveMin', min: Number(issue.minimum) }
        : { code: 'belowMin', min: Number(issue.minimum) };
    case 'too_big':
      return { code: 'aboveMax', max: Number(issue.maximum) };
    case 'invalid_type':
      return issue.expected === 'int' ? { code: 'notWhole' } : { code: 'notANumber' };
    default:
      return { code: 'notANumber' };
  }
}
