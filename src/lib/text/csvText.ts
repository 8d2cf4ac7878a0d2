/** Writes rows as CSV text by RFC 4180: comma-separated, CRLF line ends, quotes only where needed. */

/** Quotes a field that holds a comma, a double quote or a line break, doubling inner quotes. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
