/**
 * The outcomes grouped into equal ranges of totals for the bar chart: a pipeline of a dozen deals
 * can reach thousands of distinct totals, too many for a bar each on a phone.
 */
import type { Outcome } from './outcomeDistribution.ts';

export interface OutcomeBin {
  /** Lowest total of the range (included). */
  from: number;
  /** Highest total of the range (included for the last bin, excluded for the others). */
  to: number;
  chance: number;
}

/** `count` ranges of equal width from the smallest total to the largest; one range if all totals are equal. */
export function outcomeBins(outcomes: readonly Outcome[], count: number): OutcomeBin[] {
  const low = outcomes[0]?.total ?? 0;
  const high = outcomes[outcomes.length - 1]?.total ?? 0;
  const bins = high > low ? Math.max(1, Math.floor(count)) : 1;
  const width = (high - low) / bins || 1;
  const result: OutcomeBin[] = Array.from({ length: bins }, (_, index) => ({
    from: low + index * width,
    to: index === bins - 1 ? high : low + (index + 1) * width,
    chance: 0,
  }));
  for (const outcome of outcomes) {
    const index = Math.min(bins - 1, Math.floor((outcome.total - low) / width));
    result[index]!.chance += outcome.chance;
  }
  return result;
}
