/** UI strings for the churn-compounding widget (chapter 1), in English. */
import type { ChurnStrings } from '../types.ts';

export const churn: ChurnStrings = {
  title: 'Churn compounds: two firms',
  intro:
    'Two firms start alike and win the same number of new customers each year; only their yearly churn differs. Change the numbers and watch the gap build up year after year.',
  firmA: 'Firm A',
  firmB: 'Firm B',
  fields: {
    churnRateA: 'Firm A yearly churn (%)',
    churnRateB: 'Firm B yearly churn (%)',
    startingCustomers: 'Customers at the start',
    newCustomersPerYear: 'New customers per year',
    revenuePerCustomer: 'Revenue per customer per year (CNY)',
    years: 'Years',
  },
  staleNotice: 'Some input needs fixing; the chart and table below still show the last valid input.',
  reset: 'Reset to defaults',
  summaryCustomers: 'After {years} years, Firm A has {a} customers and Firm B has {b}.',
  gapLead: '{leader} has {gap} more customers ({share} more) and {revenueGap} more revenue over the {years} years.',
  gapLeadNoShare: '{leader} has {gap} more customers and {revenueGap} more revenue over the {years} years.',
  gapNone: 'The two firms have exactly the same customers and revenue.',
  cohort: 'Of the {start} customers they started with, Firm A still has {originalA} and Firm B {originalB}.',
  lifetime: 'At these churn rates the average customer stays {lifeA} years at Firm A and {lifeB} years at Firm B.',
  revenueNote:
    'Revenue counts the customers on the books at the end of each year; customer numbers are rounded to whole customers.',
  tableCaption: 'Customers and cumulative revenue, year by year',
  columns: {
    year: 'Year',
    customersA: 'Firm A customers',
    customersB: 'Firm B customers',
    gap: 'Gap (A − B)',
    revenueA: 'Firm A cumulative revenue',
    revenueB: 'Firm B cumulative revenue',
  },
  startYear: 'Start',
  chartTitle: 'Customers of each firm at the end of each year',
  chartDescription:
    'Line chart: years across, customers up. Firm A is a solid line with circles, Firm B a dashed line with squares.',
  axisYear: 'Year',
  axisCustomers: 'Customers',
};
