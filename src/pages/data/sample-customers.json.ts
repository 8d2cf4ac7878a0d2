/**
 * The sample customers (src/data/sample-customers.csv) read once, when the site is built, by the
 * same importer a student's own file goes through, and served as columns of numbers: the
 * explorer shows them without parsing 3000 rows on a phone or loading the importer at all until
 * a student chooses a file. The CSV itself is served beside it for download.
 */
import type { APIRoute } from 'astro';
import sampleCsv from '../../data/sample-customers.csv?raw';
import { customerTable } from '../../lib/rfm/customerRecord.ts';
import { importCustomerCsv } from '../../lib/rfm/importCustomers.ts';

export const GET: APIRoute = () => {
  const imported = importCustomerCsv(sampleCsv);
  if (imported.fileProblems.length > 0 || imported.rowErrors.length > 0) {
    throw new Error(
      'src/data/sample-customers.csv does not import cleanly: run the unit tests for the row it breaks on.',
    );
  }
  return new Response(JSON.stringify(customerTable(imported.customers)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
