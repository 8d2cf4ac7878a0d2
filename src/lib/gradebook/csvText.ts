/**
 * Rows of cells as CSV text a spreadsheet opens as written: UTF-8 with a byte-order mark (without
 * one, Excel reads Chinese names as Latin-1 noise), CRLF line ends and RFC 4180 quoting. A cell
 * that starts with = + - @, a tab or a carriage return gets an apostrophe first, so a name such as
 * "=HYPERLINK(…)" shows as text instead of running as a formula (CSV injection).
 *
 * The quoting is the same as the lifetime-value widget's writer (src/lib/clv/csvText.ts), written
 * again here because importing that one makes the bundler fetch the lifetime-value widget's whole
 * shared chunk (5 KB gz) for three lines.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;
}
