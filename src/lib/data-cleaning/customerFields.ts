/**
 * The columns of the data-cleaning exercise's customer table and the shape of a row, as the page
 * hands it to the island (one locale's table; an empty cell is an absent field).
 */
export const customerFields = ['name', 'mobile', 'email', 'city', 'lastPurchase'] as const;
export type CustomerField = (typeof customerFields)[number];

export type CustomerRow = { readonly id: string } & { readonly [Field in CustomerField]?: string | undefined };

/** A cell's value, empty when the field is absent or only spaces. */
export function cellValue(row: CustomerRow, field: CustomerField): string {
  return (row[field] ?? '').trim();
}
