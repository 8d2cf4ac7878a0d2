/** The data-cleaning exercise's customer table in one locale (content/data-cleaning/customers.yaml), for its wrapper to hand the island. */
import { getEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import type { CustomerTable } from '../schemas/dataCleaning.ts';

export async function customerTable(locale: Locale): Promise<CustomerTable> {
  const entry = await getEntry('dataCleaning', 'customers');
  if (!entry)
    throw new Error('content/data-cleaning/customers.yaml is missing: the data-cleaning exercise has no table to show');
  return entry.data.tables[locale];
}
