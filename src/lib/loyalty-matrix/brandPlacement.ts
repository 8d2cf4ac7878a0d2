/**
 * The rule that places a brand from the questionnaire's answers (src/lib/loyalty-matrix/
 * brandQuestions.ts): each axis is the mean of its questions' scores (0 to 3), and a mean above
 * 1.5, the middle of the scale, counts as high; exactly 1.5 counts as low, since loyalty has to
 * show itself rather than be given the benefit of the doubt. An axis is near the line when a
 * single answer one step different would move it to the other side.
 */
import { brandQuestions, MAX_ANSWER_SCORE, type BrandAxis, type BrandQuestionId } from './brandQuestions.ts';
import { cellAt, type AxisLevel, type LoyaltyCell } from './loyaltyCells.ts';

export type BrandAnswers = Partial<Record<BrandQuestionId, number>>;

export interface AxisReading {
  /** Mean answer score, 0 to MAX_ANSWER_SCORE. */
  mean: number;
  level: AxisLevel;
  /** One answer one step up or down would change the level. */
  nearLine: boolean;
}

export interface BrandPlacement {
  attitude: AxisReading;
  patronage: AxisReading;
  cell: LoyaltyCell;
}

export type BrandProblem =
  { kind: 'unanswered'; questions: BrandQuestionId[] } | { kind: 'notAnAnswer'; question: BrandQuestionId };

export type BrandPlacementResult = { ok: true; placement: BrandPlacement } | { ok: false; problem: BrandProblem };

/** The middle of the answer scale: a mean above it is high. */
export const AXIS_LINE = MAX_ANSWER_SCORE / 2;

function readAxis(scores: number[]): AxisReading {
  const sum = scores.reduce((total, score) => total + score, 0);
  // Compared as sums (sum > 1.5 n) so that no rounding of the mean can move a brand across the line.
  const line = AXIS_LINE * scores.length;
  const lastLow = Math.floor(line);
  return {
    mean: sum / scores.length,
    level: sum > line ? 'high' : 'low',
    nearLine: sum === lastLow || sum === lastLow + 1,
  };
}

export function placeBrand(answers: BrandAnswers): BrandPlacementResult {
  const unanswered = brandQuestions.filter(({ id }) => answers[id] === undefined).map(({ id }) => id);
  for (const { id } of brandQuestions) {
    const score = answers[id];
    if (score !== undefined && !(Number.isInteger(score) && score >= 0 && score <= MAX_ANSWER_SCORE))
      return { ok: false, problem: { kind: 'notAnAnswer', question: id } };
  }
  if (unanswered.length > 0) return { ok: false, problem: { kind: 'unanswered', questions: unanswered } };
  const scoresOn = (axis: BrandAxis) => brandQuestions.filter((q) => q.axis === axis).map(({ id }) => answers[id]!);
  const attitude = readAxis(scoresOn('attitude'));
  const patronage = readAxis(scoresOn('patronage'));
  return { ok: true, placement: { attitude, patronage, cell: cellAt(attitude.level, patronage.level) } };
}
