/** The cohort model against tables computed by hand, and its convergence to the infinite formula. */
import { describe, expect, it } from 'vitest';
import { cohortTiming, evaluateCohort, projectCohort } from '../../../../src/lib/clv/cohortProjection.ts';
import { validateCohortInputs } from '../../../../src/lib/clv/cohortInputs.ts';
import type { CohortInputs } from '../../../../src/schemas/cohortInputs.ts';
import { lifetimeValue } from '../../../../src/lib/clv/marginMultiple.ts';

function project(inputs: CohortInputs) {
  const checked = validateCohortInputs(inputs);
  if (!checked.ok) throw new Error(`test inputs invalid: ${JSON.stringify(checked.problems)}`);
  return projectCohort(checked.value);
}

describe('a constant-retention cohort, by hand', () => {
  // 1000 customers, r = 0.8, m = ¥100, d = 10 %, CAC = ¥150, 3 years; margin at the end of each year.
  const projection = project({
    startingCustomers: 1000,
    retention: 0.8,
    marginPerCustomer: 100,
    marginGrowth: 0,
    discountRate: 0.1,
    acquisitionCost: 150,
    horizonYears: 3,
  });

  it('keeps 800, 640, 512 customers', () => {
    // 1000 × 0.8 = 800; 800 × 0.8 = 640; 640 × 0.8 = 512
    expect(projection.years.map((y) => y.customers)).toEqual([800, 640, 512].map((n) => expect.closeTo(n, 9)));
  });

  it('earns and discounts each year as written out', () => {
    const [y1, y2, y3] = projection.years;
    // year 1: 800 × 100 = 80 000; ÷ 1.1 = 72 727.27
    expect(y1!.margin).toBeCloseTo(80_000, 6);
    expect(y1!.discountedMargin).toBeCloseTo(72_727.2727, 3);
    // year 2: 640 × 100 = 64 000; ÷ 1.21 = 52 892.56; cumulative 125 619.83
    expect(y2!.margin).toBeCloseTo(64_000, 6);
    expect(y2!.discountedMargin).toBeCloseTo(52_892.562, 2);
    expect(y2!.cumulativeDiscountedMargin).toBeCloseTo(125_619.8347, 3);
    // year 3: 512 × 100 = 51 200; ÷ 1.331 = 38 467.32; cumulative 164 087.15
    expect(y3!.discountedMargin).toBeCloseTo(38_467.3178, 3);
    expect(y3!.cumulativeDiscountedMargin).toBeCloseTo(164_087.1525, 3);
    // per acquired customer: 72.73, 125.62, 164.09
    expect(projection.years.map((y) => y.cumulativePerCustomer)).toEqual(
      [72.7273, 125.6198, 164.0872].map((v) => expect.closeTo(v, 4)),
    );
  });

  it('gives CLV gross 164.09, net 14.09, CLV:CAC 1.09, cohort net ¥14 087', () => {
    expect(projection.clvGross).toBeCloseTo(164.0872, 4);
    // 164.0872 − 150 = 14.0872
    expect(projection.clvNet).toBeCloseTo(14.0872, 4);
    // 164.0872 ÷ 150 = 1.0939
    expect(projection.clvToCac).toBeCloseTo(1.0939, 4);
    expect(projection.cohortValue).toBeCloseTo(164_087.1525, 3);
    // 164 087.15 − 1000 × 150 = 14 087.15
    expect(projection.cohortNetValue).toBeCloseTo(14_087.1525, 3);
  });

  it('pays the ¥150 back in year 3 (125.62 < 150 ≤ 164.09)', () => {
    expect(projection.paybackYear).toBe(3);
  });
});

describe('per-year retention with a growing margin, by hand', () => {
  // 200 customers, retention 50 %, 60 %, then 90 % (repeated for year 4), m = ¥50 growing 10 % a
  // year, d = 5 %, CAC = ¥40, 4 years.
  const projection = project({
    startingCustomers: 200,
    retention: [0.5, 0.6, 0.9],
    marginPerCustomer: 50,
    marginGrowth: 0.1,
    discountRate: 0.05,
    acquisitionCost: 40,
    horizonYears: 4,
  });

  it('repeats the last rate for the years the list does not cover', () => {
    expect(projection.years.map((y) => y.retention)).toEqual([0.5, 0.6, 0.9, 0.9]);
  });

  it('matches the table worked out by hand', () => {
    const expected = [
      // year 1: 200 × 0.5 = 100 customers × ¥50 = 5000; ÷ 1.05 = 4761.90; per customer 23.81
      { customers: 100, marginPerCustomer: 50, margin: 5000, discounted: 4761.9048, perCustomer: 23.8095 },
      // year 2: 100 × 0.6 = 60 × ¥55 (50 × 1.1) = 3300; ÷ 1.1025 = 2993.20; cumulative 7755.10 → 38.78
      { customers: 60, marginPerCustomer: 55, margin: 3300, discounted: 2993.1973, perCustomer: 38.7755 },
      // year 3: 60 × 0.9 = 54 × ¥60.50 = 3267; ÷ 1.157625 = 2822.16; cumulative 10 577.26 → 52.89
      { customers: 54, marginPerCustomer: 60.5, margin: 3267, discounted: 2822.1574, perCustomer: 52.8863 },
      // year 4: 54 × 0.9 = 48.6 × ¥66.55 = 3234.33; ÷ 1.21550625 = 2660.89; cumulative 13 238.15 → 66.19
      { customers: 48.6, marginPerCustomer: 66.55, margin: 3234.33, discounted: 2660.8913, perCustomer: 66.1908 },
    ];
    projection.years.forEach((year, i) => {
      const want = expected[i]!;
      expect(year.customers).toBeCloseTo(want.customers, 9);
      expect(year.marginPerCustomer).toBeCloseTo(want.marginPerCustomer, 9);
      expect(year.margin).toBeCloseTo(want.margin, 6);
      expect(year.discountedMargin).toBeCloseTo(want.discounted, 3);
      expect(year.cumulativePerCustomer).toBeCloseTo(want.perCustomer, 4);
    });
    // 13 238.15 ÷ 200 = 66.19 gross; − 40 = 26.19 net; 66.19 ÷ 40 = 1.65
    expect(projection.clvGross).toBeCloseTo(66.1908, 4);
    expect(projection.clvNet).toBeCloseTo(26.1908, 4);
    expect(projection.clvToCac).toBeCloseTo(1.6548, 4);
  });

  it('pays back in year 3: 38.78 after year 2 is still short of ¥40', () => {
    expect(projection.paybackYear).toBe(3);
  });
});

describe('payback', () => {
  const base: CohortInputs = {
    startingCustomers: 1000,
    retention: 0.8,
    marginPerCustomer: 100,
    marginGrowth: 0,
    discountRate: 0.1,
    acquisitionCost: 150,
    horizonYears: 3,
  };

  it('is reached in the very year the cumulative margin equals the cost exactly', () => {
    // r = 0.5, d = 0, m = 100: year 1 earns 50 per acquired customer, year 2 another 25 → 75.
    const projection = project({ ...base, retention: 0.5, discountRate: 0, acquisitionCost: 75 });
    expect(projection.paybackYear).toBe(2);
  });

  it('never comes when the cost exceeds everything the horizon earns', () => {
    // At most 100 × 0.8 / 0.3 = 266.67 over an infinite horizon.
    expect(project({ ...base, acquisitionCost: 300, horizonYears: 50 }).paybackYear).toBeNull();
  });

  it('never comes for a loss-making customer, and CLV:CAC is not stated without a cost', () => {
    const projection = project({ ...base, marginPerCustomer: -20, acquisitionCost: 0 });
    expect(projection.paybackYear).toBeNull();
    expect(projection.clvToCac).toBeNull();
    expect(projection.clvGross).toBeLessThan(0);
  });
});

describe('a long horizon', () => {
  // What the horizon leaves out is exactly m · r / (1 + d − r) · (r / (1 + d))^H.
  const cases = [
    { retention: 0.6, discountRate: 0.1 },
    { retention: 0.8, discountRate: 0.1 },
    { retention: 0.9, discountRate: 0.16 },
    { retention: 0.95, discountRate: 0.05 },
  ];
  for (const { retention, discountRate } of cases) {
    it(`converges to m · r / (1 + d − r) at r = ${retention}, d = ${discountRate}`, () => {
      const horizonYears = 50;
      // The convention the table declares is the one whose infinite formula it converges to.
      expect(cohortTiming).toBe('endOfPeriod');
      const infinite = lifetimeValue(cohortTiming, 100, retention, discountRate)!;
      const finite = project({
        startingCustomers: 1,
        retention,
        marginPerCustomer: 100,
        marginGrowth: 0,
        discountRate,
        acquisitionCost: 0,
        horizonYears,
      }).clvGross;
      const tail = infinite * (retention / (1 + discountRate)) ** horizonYears;
      expect(finite).toBeCloseTo(infinite - tail, 8);
      expect(finite).toBeLessThan(infinite);
    });
  }

  it('is within a cent of ¥266.67 after 50 years at r = 0.8, d = 0.1', () => {
    const projection = project({
      startingCustomers: 1000,
      retention: 0.8,
      marginPerCustomer: 100,
      marginGrowth: 0,
      discountRate: 0.1,
      acquisitionCost: 0,
      horizonYears: 50,
    });
    expect(Math.abs(projection.clvGross - 266.6667)).toBeLessThan(0.01);
  });
});

describe('evaluateCohort', () => {
  it('treats a missing object as every field missing', () => {
    const result = evaluateCohort(null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.every((problem) => problem.code === 'required')).toBe(true);
    if (!result.ok) expect(result.problems).toHaveLength(7);
  });

  it('returns problems, not a projection, for absurd input', () => {
    const result = evaluateCohort({
      startingCustomers: -5,
      retention: 1.5,
      marginPerCustomer: Number.NaN,
      marginGrowth: 0,
      discountRate: 0.1,
      acquisitionCost: 10,
      horizonYears: 2.5,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'startingCustomers', code: 'belowMin', min: 1 },
        { field: 'retention', code: 'aboveMax', max: 0.99 },
        { field: 'marginPerCustomer', code: 'notANumber' },
        { field: 'horizonYears', code: 'notWhole' },
      ],
    });
  });
});
