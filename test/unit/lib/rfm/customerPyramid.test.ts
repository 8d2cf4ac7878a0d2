/** Pyramid tiers and the 80/20 check, shares worked out by hand. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPyramid, leadShare, totalProblem, validateTierCutoffs } from '../../../../src/lib/rfm/customerPyramid.ts';
import { importCustomerCsv } from '../../../../src/lib/rfm/importCustomers.ts';
import { paretoCheck } from '../../../../src/lib/rfm/paretoCheck.ts';
import { defaultTierCutoffs } from '../../../../src/schemas/tierCutoffs.ts';
import { handMadeCustomers } from './handMadeCustomers.ts';

describe('buildPyramid on ten hand-made customers, cut at 10 % / 20 % / 30 % / rest', () => {
  const result = buildPyramid(handMadeCustomers, { platinum: 0.1, gold: 0.2, iron: 0.3 });
  if (!result.ok) throw new Error('valid cut-offs');
  const [platinum, gold, iron, lead] = result.pyramid.tiers;
  // Total profit 900 + 500 + 300 + 200 + 120 + 60 + 30 + 10 − 20 − 30 = 2070.

  it('puts 1, 2, 3 and 4 customers in the tiers (ends at round(1), round(3), round(6), 10)', () => {
    expect(result.pyramid.tiers.map((t) => t.customers)).toEqual([1, 2, 3, 4]);
    expect(result.pyramid.tiers.map((t) => t.customerShare)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(result.pyramid.totalProfit).toBe(2070);
    expect(result.pyramid.tierOf.get('A')).toBe('platinum');
    expect(result.pyramid.tierOf.get('C')).toBe('gold');
    expect(result.pyramid.tierOf.get('F')).toBe('iron');
    expect(result.pyramid.tierOf.get('G')).toBe('lead');
  });

  it('sums and shares each tier’s profit', () => {
    // platinum A: 900 → 900/2070 = 43.48 %
    expect(platinum!.totalProfit).toBe(900);
    expect(platinum!.profitShare).toBeCloseTo(0.434783, 6);
    // gold B + C: 800 → 38.65 %
    expect(gold!.totalProfit).toBe(800);
    expect(gold!.profitShare).toBeCloseTo(0.386473, 6);
    // iron D + E + F: 200 + 120 + 60 = 380 → 18.36 %
    expect(iron!.totalProfit).toBe(380);
    expect(iron!.profitShare).toBeCloseTo(0.183575, 6);
    // lead G + H + I + J: 30 + 10 − 20 − 30 = −10 → −0.48 %: the bottom 40 % cost money overall
    expect(lead!.totalProfit).toBe(-10);
    expect(lead!.profitShare).toBeCloseTo(-0.004831, 6);
    // revenue of gold: 2000 + 1500
    expect(gold!.totalRevenue).toBe(3500);
  });

  it('averages the RFM scores per tier (scores from rfmScores.test.ts)', () => {
    // platinum A 555
    expect([platinum!.meanRecency, platinum!.meanFrequency, platinum!.meanMonetary]).toEqual([5, 5, 5]);
    // gold B 455, C 444 → 4, 4.5, 4.5
    expect([gold!.meanRecency, gold!.meanFrequency, gold!.meanMonetary]).toEqual([4, 4.5, 4.5]);
    // iron D 444, E 333, F 323 → 10/3, 9/3, 10/3
    expect(iron!.meanRecency).toBeCloseTo(10 / 3, 12);
    expect(iron!.meanFrequency).toBe(3);
    expect(iron!.meanMonetary).toBeCloseTo(10 / 3, 12);
    // lead G 222, H 222, I 111, J 111 → 1.5 each
    expect([lead!.meanRecency, lead!.meanFrequency, lead!.meanMonetary]).toEqual([1.5, 1.5, 1.5]);
  });
});

describe('tier sizes', () => {
  it('round the default 5 / 15 / 50 / 30 % cut to whole customers that add up', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => ({
      customerId: `K${String(i).padStart(2, '0')}`,
      lastPurchaseDaysAgo: i,
      purchases: 1,
      revenue: 100,
      profit: 100 - i,
    }));
    const result = buildPyramid(twenty, defaultTierCutoffs);
    if (!result.ok) throw new Error('valid cut-offs');
    // ends round(0.05·20) = 1, round(0.20·20) = 4, round(0.70·20) = 14, 20 → 1, 3, 10, 6
    expect(result.pyramid.tiers.map((t) => t.customers)).toEqual([1, 3, 10, 6]);
  });

  it('break equal profits by customer id, not by file order', () => {
    const tied = [
      { customerId: 'b', lastPurchaseDaysAgo: 1, purchases: 1, revenue: 10, profit: 50 },
      { customerId: 'a', lastPurchaseDaysAgo: 1, purchases: 1, revenue: 10, profit: 50 },
    ];
    for (const order of [tied, [...tied].reverse()]) {
      const result = buildPyramid(order, { platinum: 0.5, gold: 0, iron: 0 });
      if (!result.ok) throw new Error('valid cut-offs');
      expect(result.pyramid.tierOf.get('a')).toBe('platinum');
      expect(result.pyramid.tierOf.get('b')).toBe('lead');
    }
  });

  it('leave an empty tier with no mean scores, and state no profit share when the base loses money', () => {
    const losing = handMadeCustomers.map((c) => ({ ...c, profit: c.profit - 1000 }));
    const result = buildPyramid(losing, { platinum: 0, gold: 0.5, iron: 0.5 });
    if (!result.ok) throw new Error('valid cut-offs');
    const [platinum, , , lead] = result.pyramid.tiers;
    expect(platinum).toMatchObject({ customers: 0, meanRecency: null, profitShare: null });
    expect(lead!.customers).toBe(0);
  });
});

describe('validateTierCutoffs', () => {
  it('accepts the default cut and a cut that uses everyone', () => {
    expect(validateTierCutoffs(defaultTierCutoffs)).toEqual([]);
    expect(validateTierCutoffs({ platinum: 0.05, gold: 0.15, iron: 0.8 })).toEqual([]);
  });

  it('rejects negative, above-100 % and non-numeric shares, and shares that add up to more than all', () => {
    expect(validateTierCutoffs({ platinum: -0.05, gold: 1.5, iron: Number.NaN })).toEqual([
      { field: 'platinum', code: 'belowMin', min: 0 },
      { field: 'gold', code: 'aboveMax', max: 1 },
      { field: 'iron', code: 'notANumber' },
    ]);
    expect(validateTierCutoffs({ platinum: 0.3, gold: 0.3, iron: 0.5 })).toEqual([
      { field: 'total', code: 'aboveMax', max: 1 },
    ]);
    expect(buildPyramid(handMadeCustomers, { platinum: 0.3, gold: 0.3, iron: 0.5 }).ok).toBe(false);
  });

  it('names a missing share as required, and checks the total only once every share is fine', () => {
    const missing = { platinum: 0.9, gold: 0.9 } as unknown as Parameters<typeof validateTierCutoffs>[0];
    expect(validateTierCutoffs(missing)).toEqual([{ field: 'iron', code: 'required' }]);
  });
});

describe('the total of the three cut-offs', () => {
  it('may take every customer but no more, float noise aside', () => {
    // 0.33 + 0.56 + 0.11 is 1.0000000000000002 in binary: still everyone.
    expect(totalProblem({ platinum: 0.33, gold: 0.56, iron: 0.11 })).toBeNull();
    expect(totalProblem({ platinum: 0.05, gold: 0.15, iron: 0.8 })).toBeNull();
    expect(totalProblem({ platinum: 0, gold: 0, iron: 0 })).toBeNull();
    expect(totalProblem({ platinum: 0.1, gold: 0.15, iron: 0.8 })).toEqual({
      field: 'total',
      code: 'aboveMax',
      max: 1,
    });
  });

  it('leaves lead the rest: 30 % by default, 0 % when the three take everyone or more', () => {
    expect(leadShare(defaultTierCutoffs)).toBeCloseTo(0.3, 12);
    expect(leadShare({ platinum: 0.1, gold: 0.2, iron: 0.3 })).toBeCloseTo(0.4, 12);
    expect(leadShare({ platinum: 0.05, gold: 0.15, iron: 0.8 })).toBe(0);
    expect(leadShare({ platinum: 0.5, gold: 0.5, iron: 0.5 })).toBe(0);
  });
});

describe('paretoCheck', () => {
  it('finds how few customers bring 80 % of the profit in the hand-made set', () => {
    // 80 % of 2070 = 1656; cumulative 900, 1400, 1700 → 3 customers = 30 %.
    // top 20 % = A + B = 1400 → 1400/2070 = 67.63 %
    expect(paretoCheck(handMadeCustomers)).toEqual({
      customersForTarget: 3,
      customerShareForTarget: 0.3,
      profitShareOfTopFifth: expect.closeTo(0.676329, 6),
    });
  });

  it('says nothing when there is no profit to share', () => {
    expect(paretoCheck([])).toBeNull();
    expect(paretoCheck(handMadeCustomers.map((c) => ({ ...c, profit: -1 })))).toBeNull();
  });

  it('reports the top fifth above 100 % when the rest lose money overall', () => {
    const whale = [
      { customerId: 'w', lastPurchaseDaysAgo: 1, purchases: 9, revenue: 900, profit: 100 },
      ...['x', 'y', 'z', 'v'].map((id) => ({
        customerId: id,
        lastPurchaseDaysAgo: 9,
        purchases: 1,
        revenue: 10,
        profit: -10,
      })),
    ];
    // total 100 − 40 = 60; top fifth (1 of 5) brings 100/60 = 166.7 %; 80 % of 60 = 48 → 1 customer
    expect(paretoCheck(whale)).toEqual({
      customersForTarget: 1,
      customerShareForTarget: 0.2,
      profitShareOfTopFifth: expect.closeTo(1.666667, 6),
    });
  });
});

describe('the bundled sample, read through the importer', () => {
  const sample = importCustomerCsv(
    readFileSync(new URL('../../../../src/data/sample-customers.csv', import.meta.url), 'utf8'),
  );

  it('imports cleanly', () => {
    expect(sample.fileProblems).toEqual([]);
    expect(sample.rowErrors).toEqual([]);
    expect(sample.customers).toHaveLength(3000);
  });

  it('splits 3000 customers 150 / 450 / 1500 / 900 by default, tier profits adding up to the total', () => {
    const result = buildPyramid(sample.customers);
    if (!result.ok) throw new Error('valid cut-offs');
    const { tiers, totalProfit } = result.pyramid;
    expect(tiers.map((t) => t.customers)).toEqual([150, 450, 1500, 900]);
    expect(tiers.reduce((sum, t) => sum + t.totalProfit, 0)).toBe(totalProfit);
    // The documented skew (src/data/README.md): a top heavy pyramid with a loss-making base.
    expect(tiers[0]!.profitShare!).toBeGreaterThan(0.3);
    expect(tiers[3]!.totalProfit).toBeLessThan(0);
    // Platinum customers buy more often than lead customers on average.
    expect(tiers[0]!.meanFrequency!).toBeGreaterThan(tiers[3]!.meanFrequency!);
  });
});
