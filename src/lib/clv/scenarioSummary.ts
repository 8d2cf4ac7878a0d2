/**
 * The sentence that compares scenarios A and B per customer acquired, in the page's language:
 * which is worth more over its horizon and by how much (with the share when A is worth anything),
 * then each scenario's payback year.
 */
import type { LifetimeValueStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { PreciseFormats } from '../text/preciseFormats.ts';
import type { ValidCohortInputs } from './cohortInputs.ts';
import type { CohortProjection } from './cohortProjection.ts';
import { paybackText } from './scenarioResults.ts';
import type { ScenarioName } from './scenarioUrl.ts';

export type ScenarioSummaryStrings = Pick<
  LifetimeValueStrings,
  | 'differenceMore'
  | 'differenceLess'
  | 'differenceMoreNoShare'
  | 'differenceLessNoShare'
  | 'differenceNone'
  | 'differencePayback'
  | 'summary'
  | 'paybackYear'
  | 'paybackNever'
>;

export function scenarioSummary(
  projections: Record<ScenarioName, CohortProjection>,
  inputs: Record<ScenarioName, Pick<ValidCohortInputs, 'horizonYears'>>,
  strings: ScenarioSummaryStrings,
  money: Pick<PreciseFormats, 'cents'>,
  percent: (value: number) => string,
): string {
  const { a, b } = projections;
  const gap = b.clvGross - a.clvGross;
  const values = { a: money.cents(a.clvGross), b: money.cents(b.clvGross), gap: money.cents(Math.abs(gap)) };
  let difference: string;
  // Equal to the cent reads as equal: float noise must not make one "¥0.00 more".
  if (Math.abs(gap) < 0.005) difference = fillTemplate(strings.differenceNone, values);
  else if (a.clvGross > 0) {
    const share = percent(Math.abs(gap) / a.clvGross);
    difference = fillTemplate(gap > 0 ? strings.differenceMore : strings.differenceLess, { ...values, share });
  } else difference = fillTemplate(gap > 0 ? strings.differenceMoreNoShare : strings.differenceLessNoShare, values);
  const payback = fillTemplate(strings.differencePayback, {
    paybackA: paybackText(a, inputs.a.horizonYears, strings),
    paybackB: paybackText(b, inputs.b.horizonYears, strings),
  });
  return fillTemplate(strings.summary, { difference, payback });
}
