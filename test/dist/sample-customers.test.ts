/**
 * The sample the pyramid explorer shows is built from the committed CSV: the JSON in each build
 * holds exactly the customers that importing src/data/sample-customers.csv gives, every one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tableCustomers } from '../../src/lib/rfm/customerRecord.ts';
import { importCustomerCsv } from '../../src/lib/rfm/importCustomers.ts';

describe.each(['dist', 'dist-base'])('the built sample customers in %s', (dir) => {
  it('are the committed CSV, imported', () => {
    const imported = importCustomerCsv(readFileSync('src/data/sample-customers.csv', 'utf8'));
    const built = tableCustomers(JSON.parse(readFileSync(`${dir}/data/sample-customers.json`, 'utf8')));
    expect(imported.rowErrors).toEqual([]);
    expect(built).toHaveLength(3000);
    expect(built).toEqual(imported.customers);
  });
});
