/**
 * Raw 0–10 answers counted into the three NPS groups: 9–10 promoters, 7–8 passives, 0–6
 * detractors. Only the list-of-scores mode needs it, so it loads with that mode.
 */
import type { NpsCounts, NpsGroup } from './npsGroups.ts';

/** The group a whole score from 0 to 10 falls into. */
export function scoreGroup(score: number): NpsGroup {
  if (score >= 9) return 'promoters';
  return score >= 7 ? 'passives' : 'detractors';
}

/** Counts of each group among whole scores from 0 to 10 (the caller has checked them). */
export function tallyScores(scores: readonly number[]): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) counts[scoreGroup(score)]++;
  return counts;
}
