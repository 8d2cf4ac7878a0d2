/**
 * The gradebook's CSV: the course's RFC 4180 writer (src/lib/clv/csvText.ts: CRLF, quotes where
 * needed) with two things a file of students' own words needs. A byte-order mark first, since
 * without one Excel reads Chinese names as Latin-1 noise. And an apostrophe before a cell that
 * starts with = + - @, a tab or a carriage return, so a name such as "=HYPERLINK(…)" shows as text
 * instead of running as a formula (CSV injection).
 */
import { csvField, csvText as rfc4180Text } from '../clv/csvText.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

const inert = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

export const csvCell = (value: string): string => csvField(inert(value));

export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rfc4180Text(rows.map((row) => row.map(inert)))}`;
}
