/**
 * The churn widget's inputs (chapter 1): two firms' yearly churn, typed in percent and kept as
 * rates, and the scenario they share. One description for the form and the engine.
 */
import { numberField } from './numberField.ts';

export const churnFields = {
  churnRateA: numberField({ min: 0, max: 1, percent: true }),
  churnRateB: numberField({ min: 0, max: 1, percent: true }),
  startingCustomers: numberField({ min: 1, max: 10_000_000, whole: true }),
  newCustomersPerYear: numberField({ min: 0, max: 10_000_000, whole: true }),
  revenuePerCustomer: numberField({ min: 0, max: 100_000_000 }),
  years: numberField({ min: 1, max: 30, whole: true }),
};

export type ChurnField = keyof typeof churnFields;
export type ChurnInputs = Record<ChurnField, number>;

/** The widget's starting point: 5 % against 10 % churn, 1000 customers, 100 new a year, ¥1000 each, 5 years. */
export const churnDefaults: ChurnInputs = {
  churnRateA: 0.05,
  churnRateB: 0.1,
  startingCustomers: 1000,
  newCustomersPerYear: 100,
  revenuePerCustomer: 1000,
  years: 5,
};
