/**
 * The lifetime-value calculator's inputs (chapter 3): one cohort scenario, its rates typed in
 * percent and kept as fractions. One description for the form, the model's validation and the
 * shared link.
 */
import * as z from 'zod/mini';
import { fieldSchema, fieldsSchema, numberField } from './numberField.ts';

/**
 * Retention stops at 99 % so the infinite sum stays finite and meaningful; the discount rate at
 * 100 % a year; money at amounts no classroom case needs, so every product stays a finite number.
 * In the order the form shows them.
 */
export const cohortFields = {
  /** Customers acquired at the start (year 0). */
  startingCustomers: numberField({ min: 1, max: 10_000_000, whole: true }),
  /** Share of last year's customers still customers at the end of a year. */
  retention: numberField({ min: 0, max: 0.99, percent: true }),
  /** Margin per retained customer in year 1 (may be negative: a loss-making customer). */
  marginPerCustomer: numberField({ min: -1_000_000, max: 1_000_000 }),
  /** Yearly growth of the margin per customer: year t earns margin · (1 + growth)^(t − 1). */
  marginGrowth: numberField({ min: -0.5, max: 0.5, percent: true }),
  discountRate: numberField({ min: 0, max: 1, percent: true }),
  /** Acquisition cost per customer, paid at year 0 (undiscounted). */
  acquisitionCost: numberField({ min: 0, max: 10_000_000 }),
  horizonYears: numberField({ min: 1, max: 50, whole: true }),
};

export type CohortField = keyof typeof cohortFields;

/** A per-year retention list holds at least one rate and at most one per year of the longest horizon. */
export const retentionListLength = { min: 1, max: cohortFields.horizonYears.max } as const;

/**
 * Retention is one rate for every year, or one rate per year (year 1 first): a list shorter than
 * the horizon repeats its last rate; rates beyond the horizon are kept out of the projection, so
 * shortening the horizon does not throw away what the student typed for later years.
 */
const retentionSchema = () =>
  z.union([
    fieldSchema(cohortFields.retention),
    z.readonly(
      z
        .array(fieldSchema(cohortFields.retention))
        .check(z.minLength(retentionListLength.min), z.maxLength(retentionListLength.max)),
    ),
  ]);

/**
 * The inputs as one zod schema, built when called: the widget checks them with the fields'
 * bounds (src/lib/clv/cohortInputs.ts), so zod stays out of the page; a property test holds the
 * two to the same verdicts, and the type comes from here.
 */
export const cohortInputsSchema = () => z.extend(fieldsSchema(cohortFields), { retention: retentionSchema() });

export type CohortInputs = z.output<ReturnType<typeof cohortInputsSchema>>;

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
