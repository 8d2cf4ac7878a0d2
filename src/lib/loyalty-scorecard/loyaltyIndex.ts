/**
 * The weighted loyalty index of chapter 5: each measure contributes its weight times its rating,
 * and the index is the sum, so with weights adding to 100 % it stays on the 1–5 rating scale.
 * The behavioural and attitudinal subtotals are kept apart because the chapter's point is that
 * two equal-looking indices can rest on opposite kinds of loyalty.
 */
import {
  loyaltyMeasures,
  measureLeaning,
  type LoyaltyMeasure,
  type MeasureLeaning,
  type PerMeasure,
} from './loyaltyMeasures.ts';

export interface LoyaltyIndex {
  /** weight × rating, per measure. */
  contributions: Record<LoyaltyMeasure, number>;
  index: number;
  /** The index split by what each measure leans to; the two add up to `index`. */
  byLeaning: Record<MeasureLeaning, number>;
}

export function loyaltyIndex(weights: PerMeasure, ratings: PerMeasure): LoyaltyIndex {
  const contributions = {} as Record<LoyaltyMeasure, number>;
  const byLeaning: Record<MeasureLeaning, number> = { behaviour: 0, attitude: 0 };
  let index = 0;
  for (const measure of loyaltyMeasures) {
    const contribution = weights[measure] * ratings[measure];
    contributions[measure] = contribution;
    byLeaning[measureLeaning(measure)] += contribution;
    index += contribution;
  }
  return { contributions, index, byLeaning };
}
