/** A class's mean gaps with 95 % t intervals, from four respondents worked by hand. */
import { describe, expect, it } from 'vitest';
import { classGaps } from '../../../../src/lib/servqual/classGaps.ts';
import { dimensions, itemsOf, type Dimension } from '../../../../src/lib/servqual/dimensions.ts';

/** A respondent who expects 6 of every item and perceives 6 + the dimension's gap on each of its items. */
function respondent(gaps: Record<Dimension, number>) {
  const perceived = Array<number>(22);
  for (const dimension of dimensions) for (const item of itemsOf(dimension)) perceived[item - 1] = 6 + gaps[dimension];
  return { expected: Array<number>(22).fill(6), perceived };
}

const gapsOf = (tangibles: number, reliability: number, responsiveness: number, assurance: number, empathy: number) =>
  respondent({ tangibles, reliability, responsiveness, assurance, empathy });

const equal = { tangibles: 20, reliability: 20, responsiveness: 20, assurance: 20, empathy: 20 };

describe('class gaps', () => {
  const classOfFour = [
    gapsOf(-1, -2, 0, -3, 0),
    gapsOf(-2, -2, 1, -1, 0),
    gapsOf(0, -2, -1, -3, 0),
    gapsOf(-1, -2, 0, -1, 0),
  ];

  it('give each dimension’s mean with its t interval', () => {
    const result = classGaps(classOfFour, equal);
    if (!result.ok) throw new Error('valid class');
    const { gaps } = result;
    expect(gaps.respondents).toBe(4);
    // Tangibles −1, −2, 0, −1: mean −1, s = √(2/3), half width t(0.975, 3) × s/2 = 3.182446 × 0.408248 = 1.299228.
    expect(gaps.dimensions.tangibles.mean).toBe(-1);
    expect(gaps.dimensions.tangibles.halfWidth).toBeCloseTo(1.299228, 5);
    // Reliability −2 for everyone: no spread, the interval is the point.
    expect(gaps.dimensions.reliability).toMatchObject({ mean: -2, halfWidth: 0 });
    // Responsiveness 0, 1, −1, 0: mean 0, the same spread as tangibles.
    expect(gaps.dimensions.responsiveness.mean).toBe(0);
    expect(gaps.dimensions.responsiveness.halfWidth).toBeCloseTo(1.299228, 5);
    // Assurance −3, −1, −3, −1: mean −2, s = √(4/3) = 1.154701, half width 3.182446 × 0.577350 = 1.837386.
    expect(gaps.dimensions.assurance.mean).toBe(-2);
    expect(gaps.dimensions.assurance.halfWidth).toBeCloseTo(1.837386, 5);
    expect(gaps.dimensions.assurance.low).toBeCloseTo(-3.837386, 5);
    // Overall per respondent: (−1−2+0−3+0)/5 = −1.2, (−2−2+1−1+0)/5 = −0.8, −1.2, (−1−2+0−1+0)/5 = −0.8:
    // mean −1, s = √(0.16/3) = 0.230940, half width 3.182446 × 0.115470 = 0.367477.
    expect(gaps.overall.mean).toBeCloseTo(-1, 12);
    expect(gaps.overall.halfWidth).toBeCloseTo(0.367477, 5);
    // An equal split weights like the plain mean.
    expect(gaps.weighted?.mean).toBeCloseTo(-1, 12);
  });

  it('weight each respondent by the class’s split', () => {
    const result = classGaps(classOfFour, {
      tangibles: 0,
      reliability: 0,
      responsiveness: 0,
      assurance: 100,
      empathy: 0,
    });
    if (!result.ok) throw new Error('valid class');
    // All the weight on assurance: each respondent's weighted gap is their assurance gap.
    expect(result.gaps.weighted?.mean).toBe(-2);
    expect(result.gaps.weighted?.halfWidth).toBeCloseTo(1.837386, 5);
  });

  it('has no weighted gap when the split is not valid, or there is none', () => {
    const result = classGaps(classOfFour, { ...equal, empathy: 10 });
    expect(result.ok && result.gaps.weighted).toBeNull();
    const without = classGaps(classOfFour, null);
    expect(without.ok && without.gaps.weighted).toBeNull();
    expect(without.ok && without.gaps.overall.mean).toBeCloseTo(-1, 12);
  });

  it('is a problem without respondents, or with a rating off the scale', () => {
    expect(classGaps([], equal)).toEqual({ ok: false, problems: [{ code: 'noRespondents' }] });
    const bad = gapsOf(0, 0, 0, 0, 0);
    bad.perceived[3] = 0;
    expect(classGaps([bad], equal)).toEqual({
      ok: false,
      problems: [{ code: 'rating', column: 'perceived', item: 4, problem: { code: 'belowMin', min: 1 } }],
    });
  });
});
