/**
 * The finite-horizon cohort model's inputs, their limits, and validation that reports every
 * problem as a code plus the limit it broke, so the widget can phrase it in either language.
 */

export interface CohortInputs {
  /** Customers acquired at the start (year 0). */
  startingCustomers: number;
  /**
   * Share of last year's customers still customers at the end of each year: one rate for every
   * year, or one rate per year (year 1 first); a list shorter than the horizon repeats its last
   * rate, rates beyond the horizon are kept out of the projection (so shortening the horizon in
   * the widget does not throw away what the student typed for later years).
   */
  retention: number | readonly number[];
  /** Margin per retained customer in year 1 (may be negative: a loss-making customer). */
  marginPerCustomer: number;
  /** Yearly growth of the margin per customer: year t earns margin · (1 + growth)^(t − 1). */
  marginGrowth: number;
  discountRate: number;
  /** Acquisition cost per customer, paid at year 0 (undiscounted). */
  acquisitionCost: number;
  horizonYears: number;
}

export type CohortField = keyof CohortInputs;

interface FieldLimits {
  min: number;
  max: number;
  integer: boolean;
}

/**
 * Retention stops at 0.99 so the infinite sum stays finite and meaningful; the discount rate at
 * 100 % a year; money at amounts no classroom case needs, so every product stays a finite number.
 */
export const cohortLimits: Record<CohortField, FieldLimits> = {
  startingCustomers: { min: 1, max: 10_000_000, integer: true },
  retention: { min: 0, max: 0.99, integer: false },
  marginPerCustomer: { min: -1_000_000, max: 1_000_000, integer: false },
  marginGrowth: { min: -0.5, max: 0.5, integer: false },
  discountRate: { min: 0, max: 1, integer: false },
  acquisitionCost: { min: 0, max: 10_000_000, integer: false },
  horizonYears: { min: 1, max: 50, integer: true },
};

/** At most one rate per year of the longest horizon. */
export const maxRetentionRates = cohortLimits.horizonYears.max;

/** A textbook case: 1000 customers, 80 % retention, ¥100 margin, 10 % discount, ¥150 to acquire. */
export const cohortDefaults: CohortInputs = {
  startingCustomers: 1000,
  retention: 0.8,
  marginPerCustomer: 100,
  marginGrowth: 0,
  discountRate: 0.1,
  acquisitionCost: 150,
  horizonYears: 10,
};

export type ValueProblem =
  | { code: 'required' }
  | { code: 'notANumber' }
  | { code: 'notWhole' }
  | { code: 'belowMin'; min: number }
  | { code: 'aboveMax'; max: number }
  | { code: 'tooFewValues'; min: number }
  | { code: 'tooManyValues'; max: number };

/** One problem with one field; `index` points at a year's rate in a per-year retention list. */
export type CohortProblem = { field: CohortField; index?: number } & ValueProblem;

/** Valid inputs with the retention spelled out year by year (length = horizon). */
export interface ValidCohortInputs extends Omit<CohortInputs, 'retention'> {
  retention: readonly number[];
}

export type CohortValidation = { ok: true; value: ValidCohortInputs } | { ok: false; problems: CohortProblem[] };

/** Checks one number against a field's limits; null when it is fine. */
export function checkValue(field: CohortField, value: unknown): ValueProblem | null {
  const limits = cohortLimits[field];
  if (value === undefined || value === null || value === '') return { code: 'required' };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'notANumber' };
  if (limits.integer && !Number.isInteger(value)) return { code: 'notWhole' };
  if (value < limits.min) return { code: 'belowMin', min: limits.min };
  if (value > limits.max) return { code: 'aboveMax', max: limits.max };
  return null;
}

/**
 * Validates every field (reporting all problems, not only the first). Accepts anything, so a
 * value from a URL or storage can be checked as it is; never throws.
 */
export function validateCohortInputs(
  candidate: Partial<Record<CohortField, unknown>> | null | undefined,
): CohortValidation {
  // Stored or linked data may be anything; a missing object is simply every field missing.
  const input: Partial<Record<CohortField, unknown>> =
    typeof candidate === 'object' && candidate !== null ? candidate : {};
  const problems: CohortProblem[] = [];
  const scalarFields: Exclude<CohortField, 'retention'>[] = [
    'startingCustomers',
    'marginPerCustomer',
    'marginGrowth',
    'discountRate',
    'acquisitionCost',
    'horizonYears',
  ];
  for (const field of scalarFields) {
    const problem = checkValue(field, input[field]);
    if (problem) problems.push({ field, ...problem });
  }

  const retention = input.retention;
  let rates: number[] = [];
  if (Array.isArray(retention)) {
    if (retention.length === 0) problems.push({ field: 'retention', code: 'tooFewValues', min: 1 });
    else if (retention.length > maxRetentionRates)
      problems.push({ field: 'retention', code: 'tooManyValues', max: maxRetentionRates });
    else {
      retention.forEach((rate: unknown, index) => {
        const problem = checkValue('retention', rate);
        if (problem) problems.push({ field: 'retention', index, ...problem });
      });
      rates = retention as number[];
    }
  } else {
    const problem = checkValue('retention', retention);
    if (problem) problems.push({ field: 'retention', ...problem });
    else rates = [retention as number];
  }

  if (problems.length > 0) return { ok: false, problems };
  const horizonYears = input.horizonYears as number;
  const last = rates[rates.length - 1]!;
  return {
    ok: true,
    value: {
      startingCustomers: input.startingCustomers as number,
      retention: Array.from({ length: horizonYears }, (_, year) => rates[year] ?? last),
      marginPerCustomer: input.marginPerCustomer as number,
      marginGrowth: input.marginGrowth as number,
      discountRate: input.discountRate as number,
      acquisitionCost: input.acquisitionCost as number,
      horizonYears,
    },
  };
}
