/** The infinite-horizon margin multiple against Gupta & Lehmann's published table and hand sums. */
import { describe, expect, it } from 'vitest';
import {
  lifetimeValue,
  lifetimeValueEndOfPeriod,
  lifetimeValueUpFront,
  marginMultipleEndOfPeriod,
  marginMultipleUpFront,
} from '../../../../src/lib/clv/marginMultiple.ts';

/**
 * Margin multiples r / (1 + d − r) as published by Gupta & Lehmann ("Customers as assets",
 * Journal of Interactive Marketing 17(1), 2003; "Managing Customers as Investments", 2005).
 * Checked by hand before use, e.g. 0.6 / (1.12 − 0.6) = 0.6 / 0.52 = 1.1538 → 1.15;
 * 0.9 / (1.14 − 0.9) = 0.9 / 0.24 = 3.75; 0.7 / (1.16 − 0.7) = 0.7 / 0.46 = 1.5217 → 1.52.
 */
const publishedTable: { retention: number; multiples: [number, number, number, number] }[] = [
  { retention: 0.6, multiples: [1.2, 1.15, 1.11, 1.07] },
  { retention: 0.7, multiples: [1.75, 1.67, 1.59, 1.52] },
  { retention: 0.8, multiples: [2.67, 2.5, 2.35, 2.22] },
  { retention: 0.9, multiples: [4.5, 4.09, 3.75, 3.46] },
];
const discountRates = [0.1, 0.12, 0.14, 0.16];

describe('margin multiple, margin at the end of each period retained', () => {
  for (const { retention, multiples } of publishedTable) {
    discountRates.forEach((discountRate, column) => {
      it(`reproduces the published ${multiples[column]} at r = ${retention}, d = ${discountRate}`, () => {
        const multiple = marginMultipleEndOfPeriod(retention, discountRate);
        expect(Math.round(multiple! * 100) / 100).toBe(multiples[column]);
      });
    });
  }

  it('equals the sum of discounted margins it stands for', () => {
    // r = 0.5, d = 0: 0.5 + 0.25 + 0.125 + … = 1, and 0.5 / (1 + 0 − 0.5) = 1.
    expect(marginMultipleEndOfPeriod(0.5, 0)).toBe(1);
    // No customer retained: no margin at all.
    expect(marginMultipleEndOfPeriod(0, 0.1)).toBe(0);
  });

  it('turns a ¥100 margin into ¥266.67 at r = 0.8, d = 0.1 (100 × 0.8 / 0.3)', () => {
    expect(lifetimeValueEndOfPeriod(100, 0.8, 0.1)).toBeCloseTo(266.6667, 4);
  });
});

describe('margin multiple, first margin counted up front', () => {
  it('adds the first margin now: (1 + d) / (1 + d − r)', () => {
    // r = 0.8, d = 0.1: 1.1 / 0.3 = 3.6667, i.e. 1 + 0.8/1.1 + (0.8/1.1)² + … = 1 / (1 − 0.7273).
    expect(marginMultipleUpFront(0.8, 0.1)).toBeCloseTo(3.6667, 4);
    // Nobody retained: only the first margin, counted at once.
    expect(marginMultipleUpFront(0, 0.1)).toBe(1);
    expect(lifetimeValueUpFront(100, 0.8, 0.1)).toBeCloseTo(366.6667, 4);
  });

  it('differs from the end-of-period convention by the factor (1 + d) / r', () => {
    // 3.6667 / 2.6667 = 1.375 = 1.1 / 0.8
    expect(marginMultipleUpFront(0.8, 0.1)! / marginMultipleEndOfPeriod(0.8, 0.1)!).toBeCloseTo(1.375, 10);
  });

  it('is chosen by name', () => {
    expect(lifetimeValue('endOfPeriod', 100, 0.8, 0.1)).toBeCloseTo(266.6667, 4);
    expect(lifetimeValue('upFront', 100, 0.8, 0.1)).toBeCloseTo(366.6667, 4);
  });
});

describe('outside the range where the sum converges', () => {
  it('returns null instead of Infinity or NaN', () => {
    expect(marginMultipleEndOfPeriod(1, 0)).toBeNull();
    expect(marginMultipleEndOfPeriod(1.2, 0.1)).toBeNull();
    expect(marginMultipleEndOfPeriod(-0.1, 0.1)).toBeNull();
    expect(marginMultipleEndOfPeriod(0.8, -0.1)).toBeNull();
    expect(marginMultipleUpFront(Number.NaN, 0.1)).toBeNull();
    expect(marginMultipleUpFront(0.8, Infinity)).toBeNull();
    expect(lifetimeValueEndOfPeriod(Number.NaN, 0.8, 0.1)).toBeNull();
  });
});
