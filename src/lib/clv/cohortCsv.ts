/**
 * The year-by-year cohort table as CSV for a spreadsheet: the header comes from the caller in the
 * page's language; numbers stay unformatted (full precision, "." decimals) so they compute.
 */
import type { CohortYear } from './cohortProjection.ts';
import { csvText } from '../text/csvText.ts';

/** The table's columns, in order. */
export const cohortCsvColumns = [
  'year',
  'retention',
  'customers',
  'marginPerCustomer',
  'margin',
  'discountedMargin',
  'cumulativeDiscountedMargin',
  'cumulativePerCustomer',
] as const satisfies readonly (keyof CohortYear)[];

export type CohortCsvColumn = (typeof cohortCsvColumns)[number];

export function cohortTableCsv(years: readonly CohortYear[], header: Record<CohortCsvColumn, string>): string {
  return csvText([
    cohortCsvColumns.map((column) => header[column]),
    ...years.map((year) => cohortCsvColumns.map((column) => year[column])),
  ]);
}
