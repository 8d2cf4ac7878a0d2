/** A cell of the customer table named by its row and column, the unit the student marks as needing a fix. */
import type { CustomerField } from './customerFields.ts';

export type CellKey = `${string}:${CustomerField}`;

export function cellKey(row: string, field: CustomerField): CellKey {
  return `${row}:${field}`;
}

export function cellOf(key: CellKey): { row: string; field: CustomerField } {
  const at = key.lastIndexOf(':');
  return { row: key.slice(0, at), field: key.slice(at + 1) as CustomerField };
}
