/**
 * The results table of the lifetime-value widget, one column per scenario, in the page's
 * language: value over the horizon, net of acquisition, its ratio to acquisition cost, the
 * payback year and the infinite-horizon multiple and value.
 */
import type { LifetimeValueStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NumberFormats } from '../text/numberFormats.ts';
import type { PreciseFormats } from '../text/preciseFormats.ts';
import type { ValidCohortInputs } from './cohortInputs.ts';
import type { CohortProjection } from './cohortProjection.ts';
import type { MarginTiming } from './marginMultiple.ts';
import { scenarioMultiple } from './scenarioMultiple.ts';

/** The table's rows, in order. */
export const resultRowKeys = ['clvHorizon', 'clvNet', 'clvToCac', 'payback', 'multiple', 'clvLifetime'] as const;

export type ResultRow = (typeof resultRowKeys)[number];

type PaybackStrings = Pick<LifetimeValueStrings, 'paybackYear' | 'paybackNever'>;

/** "in year 3", or "not within 10 years" when the acquisition cost is never earned back. */
export function paybackText(projection: CohortProjection, horizonYears: number, strings: PaybackStrings): string {
  return projection.paybackYear === null
    ? fillTemplate(strings.paybackNever, { years: horizonYears })
    : fillTemplate(strings.paybackYear, { year: projection.paybackYear });
}

/** One scenario's column of the table. */
export function resultColumn(
  projection: CohortProjection,
  inputs: ValidCohortInputs,
  timing: MarginTiming,
  strings: PaybackStrings & Pick<LifetimeValueStrings, 'notApplicable'>,
  money: PreciseFormats,
): Record<ResultRow, string> {
  const multiple = scenarioMultiple(timing, inputs);
  const notApplicable = strings.notApplicable;
  return {
    clvHorizon: money.cents(projection.clvGross),
    clvNet: money.cents(projection.clvNet),
    clvToCac: projection.clvToCac === null ? notApplicable : money.twoDecimals(projection.clvToCac),
    payback: paybackText(projection, inputs.horizonYears, strings),
    multiple: multiple === null ? notApplicable : money.twoDecimals(multiple),
    clvLifetime: multiple === null ? notApplicable : money.cents(inputs.marginPerCustomer * multiple),
  };
}

/** The row's heading: the horizon in years when both scenarios share it, "N" when they differ. */
export function resultRowLabel(
  row: ResultRow,
  horizons: { a: number; b: number },
  rows: LifetimeValueStrings['rows'],
  formats: Pick<NumberFormats, 'count'>,
): string {
  const years = horizons.a === horizons.b ? formats.count(horizons.a) : 'N';
  return fillTemplate(rows[row], { years });
}
