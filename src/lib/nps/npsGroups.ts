/**
 * The three groups of the Net Promoter question ("how likely are you to recommend us, 0–10"):
 * promoters answer 9–10, passives 7–8, detractors 0–6 (Reichheld 2003). A sample is the number
 * of respondents in each group (raw answers are tallied into it by scoreTally.ts).
 */

export const npsGroups = ['promoters', 'passives', 'detractors'] as const;

export type NpsGroup = (typeof npsGroups)[number];

/** Respondents in each group of one sample. */
export type NpsCounts = Record<NpsGroup, number>;
