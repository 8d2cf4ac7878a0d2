/**
 * The seven measures of customer loyalty that chapter 5 takes from Chinese course notes, in the
 * order of the chapter's scorecard table, and whether each leans towards behaviour or attitude
 * (the chapter's "leans to" column). Every measure is rated 1–5 with 5 at the loyal end, so the
 * "less is more loyal" ones (choice time, price sensitivity) are rated in reverse before they
 * reach the index; their names and what a 5 means are UI strings.
 */
export const loyaltyMeasures = [
  'repeatPurchases',
  'shareOfWallet',
  'brandAttention',
  'choiceTime',
  'priceSensitivity',
  'competitorAttitude',
  'incidentTolerance',
] as const;

export type LoyaltyMeasure = (typeof loyaltyMeasures)[number];

export type MeasureLeaning = 'behaviour' | 'attitude';

/** The measures that lean towards behaviour; the other four lean towards attitude. */
const behavioural: readonly LoyaltyMeasure[] = ['repeatPurchases', 'shareOfWallet', 'choiceTime'];

export function measureLeaning(measure: LoyaltyMeasure): MeasureLeaning {
  return behavioural.includes(measure) ? 'behaviour' : 'attitude';
}

/** One value per measure: a weight (a fraction of 1) or a rating (1–5). */
export type PerMeasure = Readonly<Record<LoyaltyMeasure, number>>;

/** The two customers (or brands) a scorecard compares. */
export type Rated = 'a' | 'b';
