/** The synthetic data set: repeatable from its seed, identical to the committed file, small. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  generateSampleCustomers,
  sampleCustomersCsv,
  sampleSeed,
  sampleSize,
} from '../../../../src/lib/rfm/sampleCustomers.ts';

const committed = readFileSync(new URL('../../../../src/data/sample-customers.csv', import.meta.url), 'utf8');

describe('sample customers', () => {
  it('are the same for the same seed, and different for another', () => {
    expect(generateSampleCustomers(sampleSeed, 200)).toEqual(generateSampleCustomers(sampleSeed, 200));
    expect(generateSampleCustomers(sampleSeed + 1, 200)).not.toEqual(generateSampleCustomers(sampleSeed, 200));
  });

  it('regenerate byte for byte into the committed file', () => {
    expect(sampleCustomersCsv(generateSampleCustomers(sampleSeed, sampleSize))).toBe(committed);
  });

  it('stay small enough to ship with the page (under 150 KB), with 3000 rows and the documented header', () => {
    expect(Buffer.byteLength(committed)).toBeLessThan(150_000);
    const lines = committed.trimEnd().split('\n');
    expect(lines[0]).toBe('customerId,lastPurchaseDaysAgo,purchases,revenue,profit');
    expect(lines).toHaveLength(3001);
  });

  it('hold plausible values: unique ids, whole non-negative counts, no revenue without a purchase', () => {
    const customers = generateSampleCustomers();
    expect(new Set(customers.map((c) => c.customerId)).size).toBe(sampleSize);
    for (const c of customers) {
      expect(Number.isInteger(c.purchases) && c.purchases >= 0).toBe(true);
      expect(Number.isInteger(c.lastPurchaseDaysAgo) && c.lastPurchaseDaysAgo >= 0).toBe(true);
      expect(c.revenue).toBeGreaterThanOrEqual(0);
      if (c.purchases === 0) expect(c.revenue).toBe(0);
      // No purchase in the two-year window means the last one was longer ago than that.
      if (c.purchases === 0) expect(c.lastPurchaseDaysAgo).toBeGreaterThan(730);
      else expect(c.lastPurchaseDaysAgo).toBeLessThanOrEqual(730);
    }
  });
});
