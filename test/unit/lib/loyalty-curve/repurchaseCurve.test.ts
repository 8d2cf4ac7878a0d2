/**
 * The illustrative satisfaction–loyalty curves against values worked by hand (the arithmetic is
 * written out beside each), and the shapes the chapter claims for them: rising with
 * satisfaction, flatter with less competition, steepest in the zone of affection when
 * competition is fierce, and 4 → 5 worth far more than 2 → 3 there but little in a monopoly.
 */
import { describe, expect, it } from 'vitest';
import {
  competitiveLikelihood,
  curvePoints,
  heldShare,
  repurchaseLikelihood,
} from '../../../../src/lib/loyalty-curve/repurchaseCurve.ts';
import { satisfactionZones } from '../../../../src/lib/loyalty-curve/satisfactionZones.ts';

describe('the competitive curve c(x) = 0.95 ÷ 6^(5 − x)', () => {
  it('gives 95 % at a 5 and divides by six at each score lower', () => {
    // 0.95; 0.95 / 6 = 0.158333…; 0.95 / 36 = 0.0263888…; 0.95 / 216 = 0.0043981…; 0.95 / 1296 = 0.000733024…
    expect(competitiveLikelihood(5)).toBeCloseTo(0.95, 12);
    expect(competitiveLikelihood(4)).toBeCloseTo(0.1583333333, 9);
    expect(competitiveLikelihood(3)).toBeCloseTo(0.0263888889, 9);
    expect(competitiveLikelihood(2)).toBeCloseTo(0.0043981481, 9);
    expect(competitiveLikelihood(1)).toBeCloseTo(0.000733024691, 11);
  });

  it('makes a 5 six times as likely to buy again as a 4, the ratio Xerox reported', () => {
    expect(competitiveLikelihood(5) / competitiveLikelihood(4)).toBeCloseTo(6, 12);
  });

  it('is continuous between the scores: at 4.5 it is 0.95 ÷ √6 = 0.387836…', () => {
    expect(competitiveLikelihood(4.5)).toBeCloseTo(0.95 / Math.sqrt(6), 12);
    expect(0.95 / Math.sqrt(6)).toBeCloseTo(0.387836, 6);
  });
});

describe('the share held by switching costs h(s) = 0.9 × (3s² − 2s³)', () => {
  it('holds nobody without switching costs and 90 % at the top', () => {
    expect(heldShare(0)).toBe(0);
    expect(heldShare(1)).toBeCloseTo(0.9, 12);
  });

  it('matches hand values through the scale', () => {
    // s = 0.5: 0.9 × (0.75 − 0.25) = 0.45; s = 0.9: 0.9 × (2.43 − 1.458) = 0.8748;
    // s = 0.1: 0.9 × (0.03 − 0.002) = 0.0252; s = 0.4: 0.9 × (0.48 − 0.128) = 0.3168.
    expect(heldShare(0.5)).toBeCloseTo(0.45, 12);
    expect(heldShare(0.9)).toBeCloseTo(0.8748, 12);
    expect(heldShare(0.1)).toBeCloseTo(0.0252, 12);
    expect(heldShare(0.4)).toBeCloseTo(0.3168, 12);
  });

  it('changes slowly near both ends and fastest in the middle', () => {
    // Steps of 0.1 from the top: 0.9 − 0.8748 = 0.0252 at the end, 0.5832 − 0.45 = 0.1332 in the middle.
    const drop = (from: number) => heldShare(from) - heldShare(from - 0.1);
    expect(drop(1)).toBeCloseTo(0.0252, 12);
    expect(drop(0.6)).toBeCloseTo(0.1332, 12);
    expect(drop(0.1)).toBeCloseTo(0.0252, 12);
    for (const from of [0.2, 0.3, 0.4, 0.5, 0.7, 0.8, 0.9, 1])
      expect(drop(from)).toBeLessThanOrEqual(drop(0.6) + 1e-12);
  });
});

describe('the likelihood of buying again p(x, s) = 1 − (1 − c(x)) × (1 − h(s))', () => {
  it('is the competitive curve when switching costs nothing', () => {
    for (const score of [1, 2, 3, 4, 5])
      expect(repurchaseLikelihood(score, 0)).toBeCloseTo(competitiveLikelihood(score), 14);
  });

  it('is high and flat with little competition: 90.0 % at a 1 and 99.5 % at a 5', () => {
    // p = 1 − 0.1 × (1 − c): at 5, 1 − 0.1 × 0.05 = 0.995; at 4, 1 − 0.1 × 0.841667 = 0.9158333;
    // at 1, 1 − 0.1 × 0.999267 = 0.9000733.
    expect(repurchaseLikelihood(5, 1)).toBeCloseTo(0.995, 12);
    expect(repurchaseLikelihood(4, 1)).toBeCloseTo(0.9158333333, 9);
    expect(repurchaseLikelihood(1, 1)).toBeCloseTo(0.9000733025, 9);
  });

  it('lies between at switching costs 50: 53.7 % at a 4', () => {
    // 1 − (1 − 0.158333) × (1 − 0.45) = 1 − 0.841667 × 0.55 = 1 − 0.4629167 = 0.5370833.
    expect(repurchaseLikelihood(4, 0.5)).toBeCloseTo(0.5370833333, 9);
  });

  it('makes 4 → 5 worth far more than 2 → 3 in a competitive market, and both worth little in a monopoly', () => {
    // Competitive: 0.95 − 0.158333 = 0.791667 against 0.026389 − 0.004398 = 0.021991 (36 times as much).
    // Monopoly: each gain × (1 − 0.9) = 0.0791667 and 0.0021991.
    const gain = (from: number, s: number) => repurchaseLikelihood(from + 1, s) - repurchaseLikelihood(from, s);
    expect(gain(4, 0)).toBeCloseTo(0.7916666667, 9);
    expect(gain(2, 0)).toBeCloseTo(0.0219907407, 9);
    expect(gain(4, 1)).toBeCloseTo(0.0791666667, 9);
    expect(gain(2, 1)).toBeCloseTo(0.0021990741, 9);
  });

  it('is steepest in the zone of affection when competition is fierce, and steeper there than with any switching costs', () => {
    const slope = (from: number, to: number, s: number) =>
      (repurchaseLikelihood(to, s) - repurchaseLikelihood(from, s)) / (to - from);
    const [defection, indifference, affection] = satisfactionZones;
    // Competitive: affection (0.95 − 0.158333) / 1 = 0.791667; indifference (0.158333 − 0.004398) / 2 = 0.076968;
    // defection 0.004398 − 0.000733 = 0.003665.
    expect(slope(affection.from, affection.to, 0)).toBeCloseTo(0.7916666667, 9);
    expect(slope(indifference.from, indifference.to, 0)).toBeCloseTo(0.0769675926, 9);
    expect(slope(defection.from, defection.to, 0)).toBeCloseTo(0.0036651235, 9);
    for (const s of [0.05, 0.25, 0.5, 0.75, 1])
      expect(slope(affection.from, affection.to, s)).toBeLessThan(slope(affection.from, affection.to, 0));
  });
});

describe('the points drawn', () => {
  it('run from score 1 to 5 in equal steps on the curve', () => {
    const points = curvePoints(0.5, 4);
    expect(points.map((p) => p.x)).toEqual([1, 2, 3, 4, 5]);
    expect(points[3]!.y).toBeCloseTo(0.5370833333, 9);
    expect(curvePoints(0)).toHaveLength(41);
  });
});

describe('the zones', () => {
  it('cover the scale from 1 to 5 with boundaries at 2 and 4, in order', () => {
    expect(satisfactionZones.map(({ zone, from, to }) => [zone, from, to])).toEqual([
      ['defection', 1, 2],
      ['indifference', 2, 4],
      ['affection', 4, 5],
    ]);
  });
});
