import { describe, expect, it } from 'vitest';
import { compareFirms, expectedLifetimeYears, projectFirm } from '../../../src/lib/churn/churnCompounding.ts';

// Reference values computed by hand: customers(t) = customers(t-1) × (1 − churn) + new.
// Defaults (1,000 customers, 100 new a year, ¥1,000 per customer, 5 years):
//   A (5%):  1050, 1097.5, 1142.625, 1185.49375, 1226.2190625   sum 5701.8378125
//   B (10%): 1000 every year                                      sum 5000
const scenario = { startingCustomers: 1000, newCustomersPerYear: 100, revenuePerCustomer: 1000, years: 5 };

describe('projectFirm', () => {
  it('reproduces the hand-computed customers of a 5% churn firm that wins 100 a year', () => {
    const rows = projectFirm(0.05, scenario);
    expect(rows.map((row) => row.year)).toEqual([0, 1, 2, 3, 4, 5]);
    const expected = [1000, 1050, 1097.5, 1142.625, 1185.49375, 1226.2190625];
    rows.forEach((row, i) => expect(row.customers).toBeCloseTo(expected[i]!, 9));
    expect(rows[5]!.cumulativeRevenue).toBeCloseTo(5_701_837.8125, 6);
  });

  it('keeps a 10% churn firm flat when its 100 new customers replace the 100 it loses', () => {
    const rows = projectFirm(0.1, scenario);
    for (const row of rows.slice(1)) {
      expect(row.customers).toBeCloseTo(1000, 9);
      expect(row.lost).toBeCloseTo(100, 9);
    }
    expect(rows[5]!.cumulativeRevenue).toBeCloseTo(5_000_000, 6);
  });

  it('shrinks the original cohort geometrically: 0.95^5 and 0.9^5 of 1,000', () => {
    expect(projectFirm(0.05, scenario)[5]!.originalCustomersLeft).toBeCloseTo(773.780_937_5, 6);
    expect(projectFirm(0.1, scenario)[5]!.originalCustomersLeft).toBeCloseTo(590.49, 6);
  });

  it('loses 10% a year without acquisition: 900, 810, 729 and revenue 4,878 at ¥2 each', () => {
    const rows = projectFirm(0.1, { startingCustomers: 1000, newCustomersPerYear: 0, revenuePerCustomer: 2, years: 3 });
    expect(rows.slice(1).map((row) => Math.round(row.customers * 1e6) / 1e6)).toEqual([900, 810, 729]);
    expect(rows[3]!.cumulativeRevenue).toBeCloseTo(4878, 9);
  });

  it('handles the extremes: no churn only adds, total churn leaves only the year’s new customers', () => {
    expect(projectFirm(0, { ...scenario, newCustomersPerYear: 50, years: 2 }).map((r) => r.customers)).toEqual([
      1000, 1050, 1100,
    ]);
    expect(projectFirm(1, { ...scenario, newCustomersPerYear: 0, years: 2 }).map((r) => r.customers)).toEqual([
      1000, 0, 0,
    ]);
  });
});

describe('compareFirms', () => {
  it('measures the gap at the horizon: 226.2 customers and ¥701,837.81', () => {
    const comparison = compareFirms(0.05, 0.1, scenario);
    expect(comparison.customerGap).toBeCloseTo(226.2190625, 9);
    expect(comparison.revenueGap).toBeCloseTo(701_837.8125, 6);
  });

  it('shows no gap when both firms churn alike', () => {
    const comparison = compareFirms(0.08, 0.08, scenario);
    expect(comparison.customerGap).toBe(0);
    expect(comparison.revenueGap).toBe(0);
  });
});

describe('expectedLifetimeYears', () => {
  it('is 1 / churn: 20 years at 5%, 10 years at 10%, forever without churn', () => {
    expect(expectedLifetimeYears(0.05)).toBeCloseTo(20, 12);
    expect(expectedLifetimeYears(0.1)).toBeCloseTo(10, 12);
    expect(expectedLifetimeYears(0)).toBe(Infinity);
  });
});
