/**
 * Two independent samples (two stores, two quarters): is the gap between their NPS more than
 * sampling noise? The difference's variance is the sum of the two samples' variances,
 * SE = √(V₁/n₁ + V₂/n₂), and its 95 % Wald interval decides the verdict: an interval that holds
 * zero means a gap this size could be chance.
 */
import type { NpsEstimate } from './npsEstimate.ts';
import { includesZero, waldInterval, type Interval } from './waldInterval.ts';

export type ComparisonVerdict = 'couldBeChance' | 'firstHigher' | 'secondHigher';

export interface NpsComparison {
  /** First minus second, in points (−200 to +200). */
  difference: number;
  /** Standard error of the difference, in points. */
  standardError: number;
  interval: Interval;
  verdict: ComparisonVerdict;
  /** Either sample's own interval is rough (few respondents, an empty group), so this one is too. */
  rough: boolean;
}

export function compareNps(first: NpsEstimate, second: NpsEstimate): NpsComparison {
  const difference = first.score - second.score;
  const standardError =
    100 * Math.sqrt(first.unitVariance / first.respondents + second.unitVariance / second.respondents);
  const interval = waldInterval(difference, standardError, 200);
  const verdict = includesZero(interval) ? 'couldBeChance' : interval.low > 0 ? 'firstHigher' : 'secondHigher';
  const rough = [first, second].some((sample) => sample.fewRespondents || sample.emptyGroups.length > 0);
  return { difference, standardError, interval, verdict, rough };
}
