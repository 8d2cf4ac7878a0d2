/**
 * Which measures make the difference between two loyalty indices: for each customer, the measures
 * on which their contribution (weight × rating) is higher, largest gap first. The student reads
 * the index to two decimals, so two indices that agree to two decimals count as equal and a
 * measure whose gap would show as 0.00 is not named.
 */
import type { LoyaltyIndex } from './loyaltyIndex.ts';
import { loyaltyMeasures, type LoyaltyMeasure, type Rated } from './loyaltyMeasures.ts';

/** Index and gaps are shown to two decimals. */
export const INDEX_DECIMALS = 2;
const SHOWN = 10 ** INDEX_DECIMALS;

export interface MeasureGap {
  measure: LoyaltyMeasure;
  /** How much more this measure adds to the index of the customer it favours (> 0). */
  gap: number;
}

export interface LoyaltyGap {
  /** The customer with the higher index, or null when the two show the same index. */
  leader: Rated | null;
  /** Index of the leader minus the other's (0 when equal). */
  gap: number;
  /** The measures on which each customer's contribution is higher, largest gap first. */
  ahead: Record<Rated, MeasureGap[]>;
}

export function loyaltyGap(a: LoyaltyIndex, b: LoyaltyIndex): LoyaltyGap {
  const ahead: Record<Rated, MeasureGap[]> = { a: [], b: [] };
  for (const measure of loyaltyMeasures) {
    const difference = a.contributions[measure] - b.contributions[measure];
    if (Math.round(Math.abs(difference) * SHOWN) === 0) continue;
    ahead[difference > 0 ? 'a' : 'b'].push({ measure, gap: Math.abs(difference) });
  }
  // Gaps that show alike (0.30 and 0.30000000000000004) keep the chapter's order: the sort is stable.
  const bySize = (x: MeasureGap, y: MeasureGap) => Math.round(y.gap * SHOWN) - Math.round(x.gap * SHOWN);
  ahead.a.sort(bySize);
  ahead.b.sort(bySize);
  const equal = Math.round(a.index * SHOWN) === Math.round(b.index * SHOWN);
  const leader = equal ? null : a.index > b.index ? 'a' : 'b';
  return { leader, gap: equal ? 0 : Math.abs(a.index - b.index), ahead };
}
