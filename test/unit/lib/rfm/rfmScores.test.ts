/** Quintile and RFM scores on a hand-made set, expected scores written out. */
import { describe, expect, it } from 'vitest';
import { quintileScores } from '../../../../src/lib/rfm/quintileScores.ts';
import { rfmGrid } from '../../../../src/lib/rfm/rfmGrid.ts';
import { scoreRfm } from '../../../../src/lib/rfm/rfmScores.ts';
import { handMadeCustomers } from './handMadeCustomers.ts';

describe('quintileScores', () => {
  it('gives each fifth of ten distinct values one score, best fifth 5', () => {
    // position p of 10 scores ⌊5p/10⌋ + 1: positions 0–1 → 1, 2–3 → 2, … 8–9 → 5
    expect(quintileScores([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 'higherIsBetter')).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
    expect(quintileScores([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 'lowerIsBetter')).toEqual([
      5, 5, 4, 4, 3, 3, 2, 2, 1, 1,
    ]);
  });

  it('scores a tie down to the position of its first member', () => {
    // sorted: 1 1 1 1 1 | 2 | 3 3 | 4 | 5 → groups start at positions 0, 5, 6, 8, 9
    // scores: ⌊0⌋+1 = 1; ⌊25/10⌋+1 = 3; ⌊30/10⌋+1 = 4; ⌊40/10⌋+1 = 5; ⌊45/10⌋+1 = 5
    expect(quintileScores([3, 1, 1, 5, 2, 1, 4, 3, 1, 1], 'higherIsBetter')).toEqual([4, 1, 1, 5, 3, 1, 5, 4, 1, 1]);
  });

  it('handles uneven counts and degenerate bases', () => {
    // n = 7: positions 0–6 → ⌊5p/7⌋ + 1 = 1, 1, 2, 3, 3, 4, 5
    expect(quintileScores([1, 2, 3, 4, 5, 6, 7], 'higherIsBetter')).toEqual([1, 1, 2, 3, 3, 4, 5]);
    expect(quintileScores([42], 'higherIsBetter')).toEqual([1]);
    expect(quintileScores([7, 7, 7], 'lowerIsBetter')).toEqual([1, 1, 1]);
    expect(quintileScores([], 'higherIsBetter')).toEqual([]);
  });
});

describe('scoreRfm', () => {
  // Recency, most days ago first: J800 I400 H200 G120 F90 E60 D45 (B20 C20) A5
  //   → positions 0…9; the tie B, C starts at 7 → ⌊35/10⌋+1 = 4 for both (B alone at 8 would get 5).
  // Frequency, fewest first: J0 I1 H2 (F3 G3) E4 D5 C6 B8 A12 → the tie F, G starts at 3 → 2 for both.
  // Monetary, least revenue first: J0 I150 H300 G500 F600 E800 D1200 C1500 B2000 A3000.
  const expected: Record<string, string> = {
    A: '555',
    B: '455',
    C: '444',
    D: '444',
    E: '333',
    F: '323',
    G: '222',
    H: '222',
    I: '111',
    J: '111',
  };

  it('scores the hand-made set as worked out by hand', () => {
    const scores = scoreRfm(handMadeCustomers);
    expect(Object.fromEntries(handMadeCustomers.map((c, i) => [c.customerId, scores[i]!.code]))).toEqual(expected);
    expect(scores[0]).toEqual({ recency: 5, frequency: 5, monetary: 5, code: '555' });
    expect(scores[5]).toEqual({ recency: 3, frequency: 2, monetary: 3, code: '323' });
  });

  it('gives every customer the same scores whatever the order of the rows', () => {
    const reversed = [...handMadeCustomers].reverse();
    const scores = scoreRfm(reversed);
    expect(Object.fromEntries(reversed.map((c, i) => [c.customerId, scores[i]!.code]))).toEqual(expected);
  });
});

describe('rfmGrid', () => {
  it('counts the hand-made customers into recency × frequency cells', () => {
    const cells = rfmGrid(handMadeCustomers, scoreRfm(handMadeCustomers));
    expect(cells).toHaveLength(25);
    const cell = (r: number, f: number) => cells.find((c) => c.recency === r && c.frequency === f)!;
    // R1 F1: I and J (profit −20 − 30 = −50, revenue 150 + 0)
    expect(cell(1, 1)).toEqual({ recency: 1, frequency: 1, customers: 2, totalProfit: -50, totalRevenue: 150 });
    // R2 F2: G and H (30 + 10 = 40)
    expect(cell(2, 2)).toMatchObject({ customers: 2, totalProfit: 40 });
    // R4 F4: C and D; R4 F5: B; R5 F5: A; R3 F3: E; R3 F2: F
    expect(cell(4, 4)).toMatchObject({ customers: 2, totalProfit: 500 });
    expect(cell(4, 5)).toMatchObject({ customers: 1, totalProfit: 500 });
    expect(cell(5, 5)).toMatchObject({ customers: 1, totalProfit: 900 });
    expect(cell(3, 3)).toMatchObject({ customers: 1, totalProfit: 120 });
    expect(cell(3, 2)).toMatchObject({ customers: 1, totalProfit: 60 });
    expect(cells.reduce((sum, c) => sum + c.customers, 0)).toBe(10);
  });
});
