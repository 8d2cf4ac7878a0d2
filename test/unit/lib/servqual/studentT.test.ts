/**
 * Student's t quantiles against published values: the two-sided 95 % column of the usual t table
 * (to the three decimals tables print) and closed forms for 1 and 2 degrees of freedom
 * (ν = 1: t = tan(π(p − ½)); ν = 2: t = (2p − 1) / √(2p(1 − p))), and the normal limit 1.95996.
 */
import { describe, expect, it } from 'vitest';
import { studentTCentral, studentTQuantile } from '../../../../src/lib/servqual/studentT.ts';

describe('t(0.975, ν)', () => {
  it.each([
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [9, 2.262],
    [10, 2.228],
    [19, 2.093],
    [20, 2.086],
    [29, 2.045],
    [30, 2.042],
    [40, 2.021],
    [60, 2.0],
    [120, 1.98],
  ])('ν = %i gives %f, as the t table prints it', (df, table) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(table, 3);
  });

  it('matches the closed forms for ν = 1 and ν = 2', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(Math.PI * 0.475), 8);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(0.95 / Math.sqrt(2 * 0.975 * 0.025), 8);
  });

  it('approaches the normal quantile 1.959964 as ν grows', () => {
    expect(studentTQuantile(0.975, 10_000)).toBeCloseTo(1.9602, 4);
    expect(studentTQuantile(0.975, 10_000)).toBeGreaterThan(1.959964);
  });

  it('gives other table columns too: t(0.995, 10) = 3.169, t(0.95, 15) = 1.753', () => {
    expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.169, 3);
    expect(studentTQuantile(0.95, 15)).toBeCloseTo(1.753, 3);
  });

  it('is NaN outside its domain instead of looping or throwing', () => {
    expect(studentTQuantile(0.4, 5)).toBeNaN();
    expect(studentTQuantile(1, 5)).toBeNaN();
    expect(studentTQuantile(0.975, 0)).toBeNaN();
    expect(studentTQuantile(0.975, 2.5)).toBeNaN();
  });
});

describe('the central probability', () => {
  it('matches ν = 3’s closed form: (2/π)(θ + sin θ cos θ) with θ = arctan(t/√3)', () => {
    const theta = Math.atan(2 / Math.sqrt(3));
    expect(studentTCentral(2, 3)).toBeCloseTo((2 / Math.PI) * (theta + Math.sin(theta) * Math.cos(theta)), 14);
    // ν = 4: sin θ (1 + ½ cos²θ) with θ = arctan(t/2).
    const theta4 = Math.atan(1.5 / 2);
    expect(studentTCentral(1.5, 4)).toBeCloseTo(Math.sin(theta4) * (1 + 0.5 * Math.cos(theta4) ** 2), 14);
  });
});
