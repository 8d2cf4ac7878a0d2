/**
 * The short questionnaire that places a brand of the learner's own in the loyalty matrix: which
 * axis each question measures. Every question has four answers scored 0 to 3, from the least
 * loyal to the most, shown in that order. Repeat patronage is asked as behaviour (share of recent
 * purchases, share of spending); relative attitude as a comparison with the alternatives, the
 * loss felt if the brand went, and a cheaper rival with switching made effortless, so that
 * switching costs (which make loyalty spurious) do not pass for liking.
 * A teaching device, not a validated measurement scale. Its words are in src/i18n/.
 */
import type { CellAxes } from './loyaltyCells.ts';

export type BrandQuestionId = 'lastTen' | 'wallet' | 'compared' | 'ifGone' | 'cheaperRival';

export type BrandAxis = keyof CellAxes;

export const brandQuestions: readonly { id: BrandQuestionId; axis: BrandAxis }[] = [
  { id: 'lastTen', axis: 'patronage' },
  { id: 'wallet', axis: 'patronage' },
  { id: 'compared', axis: 'attitude' },
  { id: 'ifGone', axis: 'attitude' },
  { id: 'cheaperRival', axis: 'attitude' },
];

/** The highest answer score; answers are the whole numbers 0 … MAX_ANSWER_SCORE. */
export const MAX_ANSWER_SCORE = 3;
