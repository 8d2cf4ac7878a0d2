/**
 * The normal-approximation (Wald) 95 % interval, estimate ± 1.96 standard errors, cut at the
 * limits the quantity can take: an NPS cannot pass ±100, nor a difference of two NPS ±200.
 */

/** z for a two-sided 95 % interval of the normal distribution. */
export const Z95 = 1.96;

export interface Interval {
  low: number;
  high: number;
}

export function waldInterval(estimate: number, standardError: number, limit: number): Interval {
  const margin = Z95 * standardError;
  return { low: Math.max(-limit, estimate - margin), high: Math.min(limit, estimate + margin) };
}

/** Whether the interval holds zero, that is whether "no difference at all" is still plausible. */
export function includesZero({ low, high }: Interval): boolean {
  return low <= 0 && high >= 0;
}
