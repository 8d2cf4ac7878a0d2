/**
 * How many respondents' answer pairs fell into each class for one feature, and the check that a
 * tally handed in from outside (a file, a test) holds only whole, non-negative counts.
 */
import { kanoClasses, type KanoClass } from './kanoAnswers.ts';

export type KanoTally = Record<KanoClass, number>;

/** One feature of a survey with its tally, named as the survey names it. */
export interface SurveyFeature {
  name: string;
  tally: KanoTally;
}

export const emptyTally = (): KanoTally => ({ M: 0, O: 0, A: 0, I: 0, R: 0, Q: 0 });

/** Why a tally cannot be read: a count that is not a whole number of respondents, or no answers at all. */
export type TallyProblem = { code: 'badCount'; kanoClass: KanoClass } | { code: 'noAnswers' };

export function tallyProblem(tally: KanoTally): TallyProblem | null {
  for (const kanoClass of kanoClasses) {
    const count = tally[kanoClass];
    if (!Number.isSafeInteger(count) || count < 0) return { code: 'badCount', kanoClass };
  }
  return tallyTotal(tally) === 0 ? { code: 'noAnswers' } : null;
}

export const tallyTotal = (tally: KanoTally): number =>
  kanoClasses.reduce((sum, kanoClass) => sum + tally[kanoClass], 0);
