/**
 * Any customer base and any valid tier cut-offs: the pyramid accounts for every customer exactly
 * once, the best customers sit in the top tier, shares add up, and RFM scores stay 1–5. Any text
 * given as a customer file is read without throwing, and every row it keeps is a valid customer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPyramid, tiers } from '../../../../src/lib/rfm/customerPyramid.ts';
import { importCustomerCsv } from '../../../../src/lib/rfm/importCustomers.ts';
import { scoreRfm } from '../../../../src/lib/rfm/rfmScores.ts';
import type { CustomerRecord } from '../../../../src/lib/rfm/customerRecord.ts';

const customer = (index: number): fc.Arbitrary<CustomerRecord> =>
  fc.record({
    customerId: fc.constant(`c${index}`),
    lastPurchaseDaysAgo: fc.integer({ min: 0, max: 36_500 }),
    purchases: fc.integer({ min: 0, max: 1_000 }),
    revenue: fc.double({ min: 0, max: 1e6, noNaN: true }),
    profit: fc.double({ min: -1e5, max: 1e6, noNaN: true }),
  });

const customers = fc
  .integer({ min: 0, max: 60 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => customer(i))));

const share = fc.double({ min: 0, max: 1, noNaN: true });
const cutoffs = fc
  .tuple(share, share, share)
  .filter(([p, g, i]) => p + g + i <= 1)
  .map(([platinum, gold, iron]) => ({ platinum, gold, iron }));

describe('the customer pyramid over random bases and cut-offs', () => {
  it('puts every customer in exactly one tier, best first, with shares that add up', () => {
    fc.assert(
      fc.property(customers, cutoffs, (base, cut) => {
        const result = buildPyramid(base, cut);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { pyramid } = result;
        expect(pyramid.tiers.map((tier) => tier.tier)).toEqual([...tiers]);
        expect(pyramid.tiers.reduce((sum, tier) => sum + tier.customers, 0)).toBe(base.length);
        expect(pyramid.tierOf.size).toBe(base.length);
        if (base.length > 0) {
          const customerShares = pyramid.tiers.reduce((sum, tier) => sum + tier.customerShare, 0);
          expect(customerShares).toBeCloseTo(1, 9);
        }
        const profit = pyramid.tiers.reduce((sum, tier) => sum + tier.totalProfit, 0);
        expect(profit).toBeCloseTo(pyramid.totalProfit, 3);
        for (const tier of pyramid.tiers) {
          for (const value of [tier.customerShare, tier.totalProfit, tier.totalRevenue]) {
            expect(Number.isFinite(value)).toBe(true);
          }
          if (tier.profitShare !== null) expect(Number.isFinite(tier.profitShare)).toBe(true);
        }
        // Nobody in a lower tier earns more than anybody in a higher one.
        const rank = (c: CustomerRecord) => tiers.indexOf(pyramid.tierOf.get(c.customerId)!);
        for (const a of base)
          for (const b of base) if (rank(a) < rank(b)) expect(a.profit).toBeGreaterThanOrEqual(b.profit);
      }),
      { numRuns: 300 },
    );
  });

  it('scores recency, frequency and money from 1 to 5, whatever the base', () => {
    fc.assert(
      fc.property(customers, (base) => {
        const scores = scoreRfm(base);
        expect(scores).toHaveLength(base.length);
        for (const score of scores) {
          for (const value of [score.recency, score.frequency, score.monetary]) {
            expect(Number.isInteger(value) && value >= 1 && value <= 5).toBe(true);
          }
          expect(score.code).toBe(`${score.recency}${score.frequency}${score.monetary}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading any text as a customer file', () => {
  const header = 'customerId,lastPurchaseDaysAgo,purchases,revenue,profit\n';
  const row = fc
    .tuple(
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('a1', '"b,2"', '')),
      fc.oneof(fc.integer({ min: -5, max: 40_000 }).map(String), fc.string({ maxLength: 4 })),
      fc.oneof(fc.nat(50).map(String), fc.constantFrom('1.5', '１２', 'x', '')),
      fc.oneof(fc.double({ min: -10, max: 1e4, noNaN: true }).map(String), fc.constantFrom('¥100', '1,000', '')),
      fc.oneof(fc.double({ min: -1e4, max: 1e4, noNaN: true }).map(String), fc.constantFrom('-', 'NaN', 'Infinity')),
    )
    .map((fields) => fields.join(','));
  const file = fc.oneof(
    fc.array(row, { maxLength: 20 }).map((rows) => header + rows.join('\n')),
    fc.string(),
    fc.string().map((text) => header + text),
  );

  it('never throws, and keeps only valid customers with unique ids', () => {
    fc.assert(
      fc.property(file, (text) => {
        const result = importCustomerCsv(text);
        if (result.fileProblems.length > 0) expect(result.customers).toEqual([]);
        const ids = result.customers.map((c) => c.customerId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const c of result.customers) {
          expect(c.customerId.trim()).not.toBe('');
          expect(Number.isInteger(c.lastPurchaseDaysAgo) && c.lastPurchaseDaysAgo >= 0).toBe(true);
          expect(Number.isInteger(c.purchases) && c.purchases >= 0).toBe(true);
          expect(Number.isFinite(c.revenue) && c.revenue >= 0).toBe(true);
          expect(Number.isFinite(c.profit)).toBe(true);
        }
        // Every row is either kept or reported (a file this small has all its errors listed).
        if (result.fileProblems.length === 0) {
          const reportedRows = new Set(result.rowErrors.map((error) => error.line)).size;
          expect(result.customers.length + reportedRows).toBe(result.rowsRead);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
