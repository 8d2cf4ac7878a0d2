/**
 * The pyramid explorer offers the sample customers as a CSV file to download from public/data/;
 * that copy must be byte for byte the committed, generator-checked file the explorer's built
 * sample (src/pages/data/sample-customers.json.ts) is read from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { customerTable, tableCustomers } from '../../../../src/lib/rfm/customerRecord.ts';

describe('the sample customers offered for download', () => {
  it('are the same file as src/data/sample-customers.csv', () => {
    const served = readFileSync('public/data/sample-customers.csv', 'utf8');
    const source = readFileSync('src/data/sample-customers.csv', 'utf8');
    expect(served.length).toBeGreaterThan(0);
    expect(served).toBe(source);
  });
});

describe('customers as a table of columns (the built sample)', () => {
  const customers = [
    { customerId: 'C1', lastPurchaseDaysAgo: 3, purchases: 2, revenue: 150, profit: 40 },
    { customerId: 'C2', lastPurchaseDaysAgo: 400, purchases: 0, revenue: 0, profit: -12 },
  ];

  it('keeps every customer and every column, in order', () => {
    const table = customerTable(customers);
    expect(table.profit).toEqual([40, -12]);
    expect(tableCustomers(JSON.parse(JSON.stringify(table)))).toEqual(customers);
  });

  it('refuses what is not such a table', () => {
    expect(tableCustomers(null)).toBeUndefined();
    expect(tableCustomers('<html>')).toBeUndefined();
    expect(tableCustomers({ ...customerTable(customers), revenue: [150] })).toBeUndefined();
    const { profit: _, ...noProfit } = customerTable(customers);
    expect(tableCustomers(noProfit)).toBeUndefined();
  });
});
