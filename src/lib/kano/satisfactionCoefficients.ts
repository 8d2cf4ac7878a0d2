/**
 * Berger et al.'s (1993) customer-satisfaction coefficients for one feature: Better =
 * (A + O) / (A + O + M + I), how much having it lifts satisfaction (0 to 1), and Worse =
 * −(O + M) / (A + O + M + I), how much lacking it deepens dissatisfaction (−1 to 0). Reverse and
 * questionable pairs are left out. With no A, O, M or I pair the coefficients are undefined, and
 * the reading says so instead of dividing by zero.
 */
import { tallyProblem, type KanoTally, type TallyProblem } from './kanoTally.ts';

export type CoefficientProblem = TallyProblem | { code: 'onlyReverseOrQuestionable' };

export type SatisfactionCoefficients =
  { ok: true; better: number; worse: number } | { ok: false; problem: CoefficientProblem };

export function satisfactionCoefficients(tally: KanoTally): SatisfactionCoefficients {
  const problem = tallyProblem(tally);
  if (problem) return { ok: false, problem };
  const { A, O, M, I } = tally;
  const counted = A + O + M + I;
  if (counted === 0) return { ok: false, problem: { code: 'onlyReverseOrQuestionable' } };
  // `|| 0` turns −0 (no O or M pair) into 0, so it never shows as "-0.00".
  return { ok: true, better: (A + O) / counted, worse: -(O + M) / counted || 0 };
}
