/**
 * The three groups of the Net Promoter question ("how likely are you to recommend us, 0–10"):
 * promoters answer 9–10, passives 7–8, detractors 0–6 (Reichheld 2003). A sample is the number
 * of respondents in each group; raw answers are tallied into it.
 */

export const npsGroups = ['promoters', 'passives', 'detractors'] as const;

export type NpsGroup = (typeof npsGroups)[number];

/** Respondents in each group of one sample. */
export type NpsCounts = Record<NpsGroup, number>;

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
