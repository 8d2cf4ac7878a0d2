/**
 * The churn widget's fields as the student types them (percent, whole customers), their limits,
 * and validation that turns raw text into a scenario or into per-field problems.
 */
import type { ChurnScenario } from './churnCompounding';

export type ChurnField =
  'churnPercentA' | 'churnPercentB' | 'startingCustomers' | 'newCustomersPerYear' | 'revenuePerCustomer' | 'years';

interface FieldLimits {
  min: number;
  max: number;
  integer: boolean;
}

export const churnFieldLimits: Record<ChurnField, FieldLimits> = {
  churnPercentA: { min: 0, max: 100, integer: false },
  churnPercentB: { min: 0, max: 100, integer: false },
  startingCustomers: { min: 1, max: 10_000_000, integer: true },
  newCustomersPerYear: { min: 0, max: 10_000_000, integer: true },
  revenuePerCustomer: { min: 0, max: 100_000_000, integer: false },
  years: { min: 1, max: 30, integer: true },
};

export const churnDefaults: Record<ChurnField, number> = {
  churnPercentA: 5,
  churnPercentB: 10,
  startingCustomers: 1000,
  newCustomersPerYear: 100,
  revenuePerCustomer: 1000,
  years: 5,
};

export type FieldProblem =
  | { code: 'required' }
  | { code: 'notANumber' }
  | { code: 'notWhole' }
  | { code: 'belowMin'; min: number }
  | { code: 'aboveMax'; max: number };

export interface ValidChurnInputs {
  churnRateA: number;
  churnRateB: number;
  scenario: ChurnScenario;
}

export type ChurnValidation =
  { ok: true; value: ValidChurnInputs } | { ok: false; problems: Partial<Record<ChurnField, FieldProblem>> };

/** Accepts what a person types: surrounding spaces, full-width digits, and thousands separators. */
export function parseNumber(raw: string): number | null {
  const halfWidth = raw
    .trim()
    .replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/,/g, '');
  if (halfWidth === '') return null;
  const value = Number(halfWidth);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Checks one field against its limits. */
export function checkField(field: ChurnField, raw: string): { value: number } | { problem: FieldProblem } {
  const limits = churnFieldLimits[field];
  const value = parseNumber(raw);
  if (value === null) return { problem: { code: 'required' } };
  if (Number.isNaN(value)) return { problem: { code: 'notANumber' } };
  if (limits.integer && !Number.isInteger(value)) return { problem: { code: 'notWhole' } };
  if (value < limits.min) return { problem: { code: 'belowMin', min: limits.min } };
  if (value > limits.max) return { problem: { code: 'aboveMax', max: limits.max } };
  return { value };
}

/** Validates every field; only a fully valid form yields a scenario. */
export function validateChurnInputs(raw: Record<ChurnField, string>): ChurnValidation {
  const values: Partial<Record<ChurnField, number>> = {};
  const problems: Partial<Record<ChurnField, FieldProblem>> = {};
  for (const field of Object.keys(churnFieldLimits) as ChurnField[]) {
    const checked = checkField(field, raw[field]);
    if ('problem' in checked) problems[field] = checked.problem;
    else values[field] = checked.value;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const v = values as Record<ChurnField, number>;
  return {
    ok: true,
    value: {
      churnRateA: v.churnPercentA / 100,
      churnRateB: v.churnPercentB / 100,
      scenario: {
        startingCustomers: v.startingCustomers,
        newCustomersPerYear: v.newCustomersPerYear,
        revenuePerCustomer: v.revenuePerCustomer,
        years: v.years,
      },
    },
  };
}
