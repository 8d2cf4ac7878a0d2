/**
 * Rows of cells as CSV text a spreadsheet opens as written: the course's RFC 4180 writer
 * (src/lib/text/csvText.ts: CRLF line ends, quotes where needed) with a UTF-8 byte-order mark
 * (without one, Excel reads Chinese names as Latin-1 noise). A cell that starts with = + - @, a
 * tab or a carriage return gets an apostrophe first, so a name such as "=HYPERLINK(…)" shows as
 * text instead of running as a formula (CSV injection).
 */
import { csvField, csvText as rfc4180Text } from '../text/csvText.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text, never runs. */
const inert = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

export function csvCell(value: string): string {
  return csvField(inert(value));
}

export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rfc4180Text(rows.map((row) => row.map(inert)))}`;
}
