/**
 * The distribution of a quarter's outcomes against a three-deal pipeline worked by hand:
 * A = ¥100 at 50 %, B = ¥200 at 25 %, C = ¥50 at 80 %, each won or lost independently.
 *
 *   won        total  probability
 *   none           0  0.5 × 0.75 × 0.2 = 0.075
 *   C             50  0.5 × 0.75 × 0.8 = 0.300
 *   A            100  0.5 × 0.75 × 0.2 = 0.075
 *   A, C         150  0.5 × 0.75 × 0.8 = 0.300
 *   B            200  0.5 × 0.25 × 0.2 = 0.025
 *   B, C         250  0.5 × 0.25 × 0.8 = 0.100
 *   A, B         300  0.5 × 0.25 × 0.2 = 0.025
 *   A, B, C      350  0.5 × 0.25 × 0.8 = 0.100
 *                                 sum = 1.000
 *
 * Weighted sum: 100 × 0.5 + 200 × 0.25 + 50 × 0.8 = 50 + 50 + 40 = 140, and the mean of the table:
 * 15 + 7.5 + 45 + 5 + 25 + 7.5 + 35 = 140.
 * P(X ≤ t): 0.075, 0.375, 0.45, 0.75, 0.775, 0.875, 0.9, 1 at t = 0, 50, …, 350. With the
 * convention "the smallest t with P(X ≤ t) ≥ q": P10 = 50, P50 = 150, P90 = 300 (P(X ≤ 300) is
 * exactly 0.9). P(X ≥ 200) = 0.025 + 0.1 + 0.025 + 0.1 = 0.25; P(X ≥ 140) = 0.55.
 */
import { describe, expect, it } from 'vitest';
import { outcomeBins } from '../../../../src/lib/pipeline/outcomeBins.ts';
import { outcomeDistribution, outcomeMean } from '../../../../src/lib/pipeline/outcomeDistribution.ts';
import { chanceOfReaching, percentile } from '../../../../src/lib/pipeline/outcomePercentiles.ts';

const threeDeals = [
  { amount: 100, chance: 0.5 },
  { amount: 200, chance: 0.25 },
  { amount: 50, chance: 0.8 },
];
const handTable = [
  [0, 0.075],
  [50, 0.3],
  [100, 0.075],
  [150, 0.3],
  [200, 0.025],
  [250, 0.1],
  [300, 0.025],
  [350, 0.1],
] as const;

describe('outcomeDistribution', () => {
  const outcomes = outcomeDistribution(threeDeals);

  it('lists the eight outcomes of three deals with their hand-worked probabilities', () => {
    expect(outcomes.map((outcome) => outcome.total)).toEqual(handTable.map(([total]) => total));
    handTable.forEach(([, chance], index) => expect(outcomes[index]!.chance).toBeCloseTo(chance, 12));
  });

  it('has the weighted sum, 140, as its mean', () => {
    expect(outcomeMean(outcomes)).toBeCloseTo(140, 9);
  });

  it('merges outcomes that reach the same total: two ¥100 deals at 50 % give 0, 100, 200 at ¼, ½, ¼', () => {
    const twins = outcomeDistribution([
      { amount: 100, chance: 0.5 },
      { amount: 100, chance: 0.5 },
    ]);
    expect(twins).toEqual([
      { total: 0, chance: 0.25 },
      { total: 100, chance: 0.5 },
      { total: 200, chance: 0.25 },
    ]);
  });

  it('shifts every total by a won deal and ignores a lost one', () => {
    const settled = outcomeDistribution([...threeDeals, { amount: 30, chance: 1 }, { amount: 500, chance: 0 }]);
    expect(settled.map((outcome) => outcome.total)).toEqual(handTable.map(([total]) => total + 30));
  });

  it('gives a single total of 0 for no deals', () => {
    expect(outcomeDistribution([])).toEqual([{ total: 0, chance: 1 }]);
  });
});

describe('percentile and chanceOfReaching', () => {
  const outcomes = outcomeDistribution(threeDeals);

  it('takes the smallest total whose cumulative probability reaches q', () => {
    expect(percentile(outcomes, 0.1)).toBe(50);
    expect(percentile(outcomes, 0.5)).toBe(150);
    // P(X ≤ 300) is exactly 0.9 by hand; float sums must not push P90 to 350.
    expect(percentile(outcomes, 0.9)).toBe(300);
    expect(percentile(outcomes, 0.075)).toBe(0);
    expect(percentile(outcomes, 0.0751)).toBe(50);
    expect(percentile(outcomes, 1)).toBe(350);
  });

  it('gives the chance of reaching a quota', () => {
    expect(chanceOfReaching(outcomes, 200)).toBeCloseTo(0.25, 12);
    expect(chanceOfReaching(outcomes, 140)).toBeCloseTo(0.55, 12);
    expect(chanceOfReaching(outcomes, 350)).toBeCloseTo(0.1, 12);
    expect(chanceOfReaching(outcomes, 351)).toBe(0);
    expect(chanceOfReaching(outcomes, 0)).toBeCloseTo(1, 12);
  });
});

describe('outcomeBins', () => {
  it('groups the three deals’ outcomes into seven ¥50 ranges, the last one closed', () => {
    const bins = outcomeBins(outcomeDistribution(threeDeals), 7);
    expect(bins.map((bin) => [bin.from, bin.to])).toEqual([
      [0, 50],
      [50, 100],
      [100, 150],
      [150, 200],
      [200, 250],
      [250, 300],
      [300, 350],
    ]);
    [0.075, 0.3, 0.075, 0.3, 0.025, 0.1, 0.125].forEach((chance, index) =>
      expect(bins[index]!.chance).toBeCloseTo(chance, 12),
    );
  });

  it('puts a single certain total in one range', () => {
    expect(outcomeBins([{ total: 270, chance: 1 }], 20)).toEqual([{ from: 270, to: 270, chance: 1 }]);
  });
});
