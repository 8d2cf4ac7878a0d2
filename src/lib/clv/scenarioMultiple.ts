/**
 * The infinite-horizon figures of one scenario: the formula needs one retention rate for every
 * year, so a scenario whose retention varies by year has none (null), and the widget says "n/a".
 */
import type { ValidCohortInputs } from './cohortInputs.ts';
import { marginMultipleEndOfPeriod, marginMultipleUpFront, type MarginTiming } from './marginMultiple.ts';

/** The scenario's one retention rate, or null when it varies by year. */
export function constantRetention(inputs: Pick<ValidCohortInputs, 'retention'>): number | null {
  const [first] = inputs.retention;
  return first !== undefined && inputs.retention.every((rate) => rate === first) ? first : null;
}

/** The margin multiple of the scenario in a timing convention; null when its retention varies by year. */
export function scenarioMultiple(timing: MarginTiming, inputs: ValidCohortInputs): number | null {
  const retention = constantRetention(inputs);
  if (retention === null) return null;
  return timing === 'endOfPeriod'
    ? marginMultipleEndOfPeriod(retention, inputs.discountRate)
    : marginMultipleUpFront(retention, inputs.discountRate);
}
