/**
 * Why a typed value cannot be used, as one code per mistake with the limit it broke, the same for
 * every widget and every numeric quiz answer; the widget words it in the page's language with the
 * shared problem sentences (strings namespace `form`).
 */
import type { UnreadableNumber } from '../text/readNumber.ts';

export type FieldProblem =
  | { code: UnreadableNumber }
  | { code: 'notWhole' }
  | { code: 'belowMin'; min: number }
  | { code: 'notAboveMin'; min: number }
  | { code: 'aboveMax'; max: number };
