/**
 * The NPS calculator's results in words, in the page's language: a sample's score and interval,
 * why the interval is rough when it is, how many respondents a tighter one would take, and the
 * verdict on two samples. Every figure is formatted here, as the student reads it.
 */
import type { NpsStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NpsComparison } from './npsComparison.ts';
import { MIN_RESPONDENTS, type NpsEstimate } from './npsEstimate.ts';
import type { NpsFormats } from './npsFormats.ts';
import { respondentsNeeded } from './respondentsNeeded.ts';

/** The interval half-width, in points, that the "respondents needed" sentence aims at. */
export const TARGET_MARGIN = 5;

export interface SampleSummary {
  /** The score worked out, and its interval. */
  result: string;
  /** Why the interval is rough (when it is), and the sample size a ±5-point interval would take. */
  notes: string[];
}

export function sampleSummary(
  estimate: NpsEstimate,
  sample: string,
  strings: NpsStrings,
  formats: NpsFormats,
): SampleSummary {
  const { shares, interval } = estimate;
  const n = formats.count(estimate.respondents);
  const result = formats.sentences([
    fillTemplate(formats.plural(strings.score, estimate.respondents), {
      sample,
      promoters: formats.percent(shares.promoters),
      detractors: formats.percent(shares.detractors),
      score: formats.points(estimate.score),
      n,
    }),
    fillTemplate(strings.interval, {
      low: formats.points(interval.low),
      high: formats.points(interval.high),
      se: formats.spread(estimate.standardError),
    }),
  ]);
  const notes: string[] = [];
  if (estimate.fewRespondents)
    notes.push(
      fillTemplate(formats.plural(strings.fewRespondents, estimate.respondents), {
        n,
        min: formats.count(MIN_RESPONDENTS),
      }),
    );
  if (estimate.emptyGroups.length > 0)
    notes.push(
      fillTemplate(strings.emptyGroups, { groups: formats.either(estimate.emptyGroups.map((g) => strings.groups[g])) }),
    );
  const needed = respondentsNeeded(estimate.unitVariance, TARGET_MARGIN);
  if (needed > estimate.respondents)
    notes.push(fillTemplate(strings.needed, { n: formats.count(needed), margin: formats.count(TARGET_MARGIN) }));
  return { result, notes };
}

/** The difference of two samples, its interval, and whether it could be chance. */
export function comparisonSummary(
  comparison: NpsComparison,
  names: { first: string; second: string },
  strings: NpsStrings,
  formats: NpsFormats,
): string {
  const { interval } = comparison;
  return formats.sentences([
    fillTemplate(strings.difference, {
      ...names,
      difference: formats.points(comparison.difference),
      low: formats.points(interval.low),
      high: formats.points(interval.high),
      se: formats.spread(comparison.standardError),
    }),
    fillTemplate(strings.verdicts[comparison.verdict], names),
    ...(comparison.rough ? [strings.roughComparison] : []),
  ]);
}
