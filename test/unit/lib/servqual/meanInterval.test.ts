/** A mean and its 95 % t interval, worked by hand. */
import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../../../src/lib/servqual/meanInterval.ts';

describe('the 95 % interval of a mean', () => {
  it('works out four gaps by hand', () => {
    // Gaps −1, −2, 0, −1: mean −4/4 = −1; squared deviations 0, 1, 1, 0, so s = √(2/3) = 0.816497;
    // standard error s/√4 = 0.408248; t(0.975, 3) = 3.182446; half width 3.182446 × 0.408248 = 1.299228.
    const interval = meanInterval([-1, -2, 0, -1]);
    expect(interval.n).toBe(4);
    expect(interval.mean).toBe(-1);
    expect(interval.sd).toBeCloseTo(0.816497, 6);
    expect(interval.halfWidth).toBeCloseTo(1.299228, 5);
    expect(interval.low).toBeCloseTo(-2.299228, 5);
    expect(interval.high).toBeCloseTo(0.299228, 5);
  });

  it('works out ten gaps by hand with the table’s t(0.975, 9) = 2.262', () => {
    // −2, −1.5, −1, −1, −0.5, −0.5, 0, 0, 0.5, 1: sum −5, mean −0.5.
    // Deviations −1.5, −1, −0.5, −0.5, 0, 0, 0.5, 0.5, 1, 1.5; squares sum 2.25+1+0.25+0.25+0+0+0.25+0.25+1+2.25 = 7.5.
    // s = √(7.5/9) = 0.912871; s/√10 = 0.288675; half width ≈ 2.262 × 0.288675 = 0.653.
    const interval = meanInterval([-2, -1.5, -1, -1, -0.5, -0.5, 0, 0, 0.5, 1]);
    expect(interval.mean).toBe(-0.5);
    expect(interval.sd).toBeCloseTo(0.912871, 6);
    expect(interval.halfWidth).toBeCloseTo(0.653, 3);
  });

  it('has no interval for one respondent, and none needed when all agree', () => {
    expect(meanInterval([-1.5])).toEqual({ n: 1, mean: -1.5, sd: null, halfWidth: null, low: null, high: null });
    expect(meanInterval([2, 2, 2])).toMatchObject({ mean: 2, sd: 0, halfWidth: 0, low: 2, high: 2 });
  });
});
