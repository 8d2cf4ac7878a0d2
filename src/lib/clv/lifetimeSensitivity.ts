/**
 * The infinite-horizon counterpart of `retentionSensitivity`: lifetime value by the margin-multiple
 * formula at +1 … +`maxPoints` percentage points of retention, and its change against the base,
 * in either timing convention. This is the calculation behind the chapter's "60 % → 65 %: +20.4 %"
 * table, so the widget can show it beside the finite-horizon cohort figures.
 */
import { cohortFields } from '../../schemas/cohortInputs.ts';
import { lifetimeValue, type MarginTiming } from './marginMultiple.ts';

export interface LifetimeStep {
  points: number;
  retention: number;
  /** Null when retention would pass the model's 99 % ceiling. */
  lifetimeValue: number | null;
  /** Relative change vs the base (0.275 = +27.5 %); null when the base is not positive. */
  change: number | null;
}

export function lifetimeSensitivity(
  timing: MarginTiming,
  margin: number,
  retention: number,
  discountRate: number,
  maxPoints = 10,
): LifetimeStep[] {
  const base = lifetimeValue(timing, margin, retention, discountRate);
  return Array.from({ length: maxPoints }, (_, i) => {
    const points = i + 1;
    // Whole points added and rounded, so 0.8 + 0.05 is exactly 0.85.
    const raised = Math.round((retention + points / 100) * 1e12) / 1e12;
    const value = raised > cohortFields.retention.max ? null : lifetimeValue(timing, margin, raised, discountRate);
    return {
      points,
      retention: raised,
      lifetimeValue: value,
      change: value !== null && base !== null && base > 0 ? value / base - 1 : null,
    };
  });
}
