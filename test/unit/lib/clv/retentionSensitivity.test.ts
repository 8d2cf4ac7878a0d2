/** Retention sensitivity on the 3-year textbook cohort, figures worked out by hand. */
import { describe, expect, it } from 'vitest';
import { validateCohortInputs } from '../../../../src/lib/clv/cohortInputs.ts';
import type { CohortInputs } from '../../../../src/schemas/cohortInputs.ts';
import { retentionSensitivity } from '../../../../src/lib/clv/retentionSensitivity.ts';

function valid(inputs: CohortInputs) {
  const checked = validateCohortInputs(inputs);
  if (!checked.ok) throw new Error('test inputs invalid');
  return checked.value;
}

// Base: 1000 customers, r = 0.8, m = ¥100, d = 10 %, CAC = ¥150, 3 years:
// gross CLV 164.0872, net 14.0872 (see cohortProjection.test.ts).
const base = valid({
  startingCustomers: 1000,
  retention: 0.8,
  marginPerCustomer: 100,
  marginGrowth: 0,
  discountRate: 0.1,
  acquisitionCost: 150,
  horizonYears: 3,
});

describe('retention sensitivity', () => {
  const { steps } = retentionSensitivity(base);

  it('offers +1 to +10 points', () => {
    expect(steps.map((step) => step.points)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('+1 point (r = 0.81): gross CLV +2.26 %, net CLV +26.3 %', () => {
    // 810 × 100 ÷ 1.1 = 73 636.36; 656.1 × 100 ÷ 1.21 = 54 223.14; 531.441 × 100 ÷ 1.331 = 39 927.95
    // total 167 787.45 → 167.7875 per customer; 167.7875 ÷ 164.0872 − 1 = 2.2551 %
    // net 17.7875 ÷ 14.0872 − 1 = 26.27 %
    const step = steps[0]!;
    if (!step.reachable) throw new Error('expected a reachable step');
    expect(step.retention).toEqual([0.81, 0.81, 0.81]);
    expect(step.clvGross).toBeCloseTo(167.7875, 4);
    expect(step.cohortValue).toBeCloseTo(167_787.45, 2);
    expect(step.clvGrossChange).toBeCloseTo(0.022551, 6);
    expect(step.cohortValueChange).toBeCloseTo(0.022551, 6);
    expect(step.clvNet).toBeCloseTo(17.7875, 4);
    expect(step.clvNetChange).toBeCloseTo(0.262672, 5);
  });

  it('+5 points (r = 0.85): gross +11.6 % but net +135 %, because the cost stays fixed', () => {
    // 850 × 100 ÷ 1.1 = 77 272.73; 722.5 × 100 ÷ 1.21 = 59 710.74; 614.125 × 100 ÷ 1.331 = 46 140.12
    // total 183 123.59 → 183.1236; 183.1236 ÷ 164.0872 − 1 = 11.60 %; net 33.1236 ÷ 14.0872 − 1 = 135.1 %
    const step = steps[4]!;
    if (!step.reachable) throw new Error('expected a reachable step');
    expect(step.clvGross).toBeCloseTo(183.1236, 4);
    expect(step.clvGrossChange).toBeCloseTo(0.116014, 5);
    expect(step.clvNetChange).toBeCloseTo(1.351333, 5);
    // cohort net 33 123.59 vs 14 087.15
    expect(step.cohortNetValue).toBeCloseTo(33_123.59, 2);
    expect(step.cohortNetValueChange).toBeCloseTo(1.351333, 5);
  });

  it('marks the steps that would push retention past 99 % as unreachable', () => {
    const high = retentionSensitivity({ ...base, retention: [0.95, 0.9, 0.9] });
    // 0.95 + 0.04 = 0.99 is the ceiling; +5 points would reach 100 %.
    expect(high.steps.filter((step) => step.reachable).map((step) => step.points)).toEqual([1, 2, 3, 4]);
    expect(high.steps[4]).toEqual({ points: 5, reachable: false });
  });

  it('states no % change of a net value that was not positive to begin with', () => {
    const losing = retentionSensitivity({ ...base, acquisitionCost: 500 });
    const step = losing.steps[0]!;
    if (!step.reachable) throw new Error('expected a reachable step');
    expect(losing.base.clvNet).toBeLessThan(0);
    expect(step.clvNetChange).toBeNull();
    expect(step.clvGrossChange).toBeCloseTo(0.022551, 6);
  });
});
