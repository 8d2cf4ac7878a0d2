/**
 * The other direction of `readCohortForm`: cohort inputs (rates as fractions, e.g. decoded from
 * a shared link) written as the text a student would type into the lifetime-value form (rates in
 * percent), so a link opens with its values in the fields.
 */
import type { CohortField, CohortInputs } from './cohortInputs';
import type { CohortFormText } from './cohortForm';

/** Percent without float noise: 0.07 × 100 is 7.000000000000001 in binary, shown as "7". */
function percentText(rate: number): string {
  return String(Number((rate * 100).toPrecision(12)));
}

/** Per-year retention rates are written with semicolons, which never clash with a decimal comma. */
export const retentionListSeparator = ';';

export function cohortFormText(inputs: CohortInputs): Record<CohortField, string> {
  const { retention } = inputs;
  return {
    startingCustomers: String(inputs.startingCustomers),
    retention: Array.isArray(retention)
      ? retention.map(percentText).join(`${retentionListSeparator} `)
      : percentText(retention as number),
    marginPerCustomer: String(inputs.marginPerCustomer),
    marginGrowth: percentText(inputs.marginGrowth),
    discountRate: percentText(inputs.discountRate),
    acquisitionCost: String(inputs.acquisitionCost),
    horizonYears: String(inputs.horizonYears),
  };
}

/** The form's text by field, as `readCohortForm` wants it (a semicolon list = one rate per year). */
export function toCohortFormText(text: Record<CohortField, string>): CohortFormText {
  const rates = text.retention.split(/[;；]/);
  return {
    startingCustomers: text.startingCustomers,
    retentionPercent: rates.length > 1 ? rates : text.retention,
    marginPerCustomer: text.marginPerCustomer,
    marginGrowthPercent: text.marginGrowth,
    discountPercent: text.discountRate,
    acquisitionCost: text.acquisitionCost,
    horizonYears: text.horizonYears,
  };
}
