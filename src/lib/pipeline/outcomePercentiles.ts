/**
 * Percentiles of the quarter's outcomes and the chance of reaching a quota.
 *
 * Convention: the q-percentile is the smallest total t with P(X ≤ t) ≥ q. So P10 is a total the
 * quarter stays at or below with a chance of at least 10 %, and P90 one it exceeds with a chance of
 * at most 10 %. Sums of floating-point probabilities land a hair either side of exact values
 * (0.1 + 0.2 ≠ 0.3), so "≥ q" allows a shortfall far below any chance the widget shows (0.1 %):
 * without it a cumulative 0.4999999999 would push P50 to the next total, against the hand value.
 */
import type { Outcome } from './outcomeDistribution.ts';

const TOLERANCE = 1e-9;

/** The smallest total t with P(X ≤ t) ≥ q, for q in (0, 1]; outcomes smallest total first. */
export function percentile(outcomes: readonly Outcome[], q: number): number {
  let cumulative = 0;
  for (const outcome of outcomes) {
    cumulative += outcome.chance;
    if (cumulative >= q - TOLERANCE) return outcome.total;
  }
  return outcomes[outcomes.length - 1]?.total ?? 0;
}

/** P(X ≥ target): the chance the quarter brings at least the target. */
export function chanceOfReaching(outcomes: readonly Outcome[], target: number): number {
  const chance = outcomes.reduce((sum, outcome) => (outcome.total >= target ? sum + outcome.chance : sum), 0);
  // Float noise must not show as "100.0000001 %".
  return Math.min(1, chance);
}
