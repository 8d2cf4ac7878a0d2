/**
 * JSON with every object's keys in sorted order, so the same data always gives the same text:
 * what an assignment's id and a report's checksum are computed over, whichever order a program
 * (or a person editing the file) wrote the keys in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    typeof field === 'object' && field !== null && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}
