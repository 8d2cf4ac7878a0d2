/**
 * Finite-horizon cohort model of customer lifetime value (in the spirit of Berger & Nasr 1998):
 * follow one acquired cohort year by year and discount what it earns.
 *
 * Timing convention (the same as `marginMultipleEndOfPeriod`, so a long horizon converges to
 * m · r / (1 + d − r)): customers are acquired at year 0, paying the acquisition cost then,
 * undiscounted; during year t a share r_t of the customers left stays, and each customer still
 * there at the END of year t brings that year's margin, discounted by (1 + d)^t. Year 1 therefore
 * earns from N · r_1 customers, not from all N.
 */
import type { CohortField } from '../../schemas/cohortInputs.ts';
import { validateCohortInputs, type CohortProblem, type ValidCohortInputs } from './cohortInputs.ts';
import type { MarginTiming } from './marginMultiple.ts';

/** The convention the cohort table follows, for the widget to state beside its figures. */
export const cohortTiming: MarginTiming = 'endOfPeriod';

export interface CohortYear {
  year: number;
  retention: number;
  /** Customers of the cohort still retained at the end of the year. */
  customers: number;
  marginPerCustomer: number;
  /** Margin the whole cohort earns that year: customers × margin per customer. */
  margin: number;
  discountedMargin: number;
  /** Discounted margin of the whole cohort from year 1 to this year. */
  cumulativeDiscountedMargin: number;
  /** The same per customer acquired at year 0: what one acquisition has earned back so far. */
  cumulativePerCustomer: number;
}

export interface CohortProjection {
  years: CohortYear[];
  /** Discounted margin of the whole cohort over the horizon (before acquisition cost). */
  cohortValue: number;
  /** The cohort's value after paying to acquire it. */
  cohortNetValue: number;
  /** Lifetime value per acquired customer, before acquisition cost. */
  clvGross: number;
  /** Lifetime value per acquired customer after its acquisition cost. */
  clvNet: number;
  /** Gross CLV divided by the acquisition cost; null when acquiring costs nothing. */
  clvToCac: number | null;
  /**
   * First year in which the cumulative discounted margin per acquired customer reaches the
   * acquisition cost; null when it never does within the horizon.
   */
  paybackYear: number | null;
}

/** Float noise must not delay a payback that the exact arithmetic reaches. */
const paybackTolerance = 1e-9;

/** Projects a validated cohort; see `evaluateCohort` for raw input. */
export function projectCohort(inputs: ValidCohortInputs): CohortProjection {
  const { startingCustomers, retention, marginPerCustomer, marginGrowth, discountRate, acquisitionCost } = inputs;
  const years: CohortYear[] = [];
  let customers = startingCustomers;
  let cumulative = 0;
  let paybackYear: number | null = null;
  for (let year = 1; year <= inputs.horizonYears; year++) {
    const rate = retention[year - 1]!;
    customers *= rate;
    const yearMargin = marginPerCustomer * (1 + marginGrowth) ** (year - 1);
    const margin = customers * yearMargin;
    const discountedMargin = margin / (1 + discountRate) ** year;
    cumulative += discountedMargin;
    const cumulativePerCustomer = cumulative / startingCustomers;
    if (
      paybackYear === null &&
      cumulativePerCustomer >= acquisitionCost - paybackTolerance * Math.max(1, acquisitionCost)
    ) {
      paybackYear = year;
    }
    years.push({
      year,
      retention: rate,
      customers,
      marginPerCustomer: yearMargin,
      margin,
      discountedMargin,
      cumulativeDiscountedMargin: cumulative,
      cumulativePerCustomer,
    });
  }
  const clvGross = cumulative / startingCustomers;
  return {
    years,
    cohortValue: cumulative,
    cohortNetValue: cumulative - startingCustomers * acquisitionCost,
    clvGross,
    clvNet: clvGross - acquisitionCost,
    clvToCac: acquisitionCost > 0 ? clvGross / acquisitionCost : null,
    paybackYear,
  };
}

export type CohortResult =
  { ok: true; inputs: ValidCohortInputs; projection: CohortProjection } | { ok: false; problems: CohortProblem[] };

/** Validates raw inputs, then projects: problems instead of NaN, never an exception. */
export function evaluateCohort(input: Partial<Record<CohortField, unknown>> | null | undefined): CohortResult {
  const checked = validateCohortInputs(input);
  if (!checked.ok) return checked;
  return { ok: true, inputs: checked.value, projection: projectCohort(checked.value) };
}
