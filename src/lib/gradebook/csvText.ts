/**
 * Rows of cells as CSV text a spreadsheet opens as written: UTF-8 with a byte-order mark (without
 * one, Excel reads Chinese names as Latin-1 noise), CRLF line ends and RFC 4180 quoting. A cell
 * that starts with = + - @, a tab or a carriage return gets an apostrophe first, so a name such as
 * "=HYPERLINK(…)" shows as text instead of running as a formula (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;
}
