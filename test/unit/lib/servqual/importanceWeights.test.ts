/** The weighted overall gap from a 100-point split, worked by hand, and the split's problems. */
import { describe, expect, it } from 'vitest';
import { gapScores } from '../../../../src/lib/servqual/gapScores.ts';
import { checkImportance, importanceSum, weightedGap } from '../../../../src/lib/servqual/importanceWeights.ts';
import { bank, hospital } from './handRatings.ts';

const gapsOf = (ratings: { expected: number[]; perceived: number[] }) => {
  const result = gapScores(ratings);
  if (!result.ok) throw new Error('hand ratings must score');
  return result.scores.gaps;
};

describe('the weighted overall gap', () => {
  it('weights the hospital’s gaps by its split', () => {
    // 0.10 × (−0.5) + 0.30 × (−2.4) + 0.25 × (−2.75) + 0.20 × (−1) + 0.15 × (−2.4)
    // = −0.05 − 0.72 − 0.6875 − 0.2 − 0.36 = −2.0175
    const weighted = weightedGap(gapsOf(hospital), hospital.importance);
    expect(weighted.ok).toBe(true);
    if (weighted.ok) expect(weighted.gap).toBeCloseTo(-2.0175, 12);
  });

  it('weights the bank’s gaps by its split', () => {
    // 0.10 × 0.75 + 0.35 × (−0.8) + 0.20 × (−2) + 0.20 × (−0.25) + 0.15 × (−1.6)
    // = 0.075 − 0.28 − 0.4 − 0.05 − 0.24 = −0.895
    const weighted = weightedGap(gapsOf(bank), bank.importance);
    if (!weighted.ok) throw new Error('valid split');
    expect(weighted.gap).toBeCloseTo(-0.895, 12);
  });

  it('gives the unweighted mean when the points are shared equally', () => {
    const equal = { tangibles: 20, reliability: 20, responsiveness: 20, assurance: 20, empathy: 20 };
    const weighted = weightedGap(gapsOf(hospital), equal);
    if (!weighted.ok) throw new Error('valid split');
    expect(weighted.gap).toBeCloseTo(-1.81, 12);
  });

  it('is the one dimension’s gap when it has all 100 points', () => {
    const all = { tangibles: 0, reliability: 0, responsiveness: 100, assurance: 0, empathy: 0 };
    const weighted = weightedGap(gapsOf(hospital), all);
    expect(weighted).toEqual({ ok: true, gap: -2.75 });
  });
});

describe('the importance split', () => {
  it('must add up to 100', () => {
    const short = { tangibles: 10, reliability: 30, responsiveness: 25, assurance: 20, empathy: 5 };
    expect(checkImportance(short)).toEqual([{ code: 'importanceTotal', total: 90 }]);
    expect(weightedGap(gapsOf(hospital), short)).toEqual({
      ok: false,
      problems: [{ code: 'importanceTotal', total: 90 }],
    });
    expect(checkImportance({ ...short, empathy: 25 })).toEqual([{ code: 'importanceTotal', total: 110 }]);
    expect(checkImportance(hospital.importance)).toEqual([]);
  });

  it('names the dimension whose points are not whole, negative or missing', () => {
    expect(
      checkImportance({ tangibles: 10.5, reliability: -5, responsiveness: 25, assurance: undefined, empathy: 140 }),
    ).toEqual([
      { code: 'importance', dimension: 'tangibles', problem: { code: 'notWhole' } },
      { code: 'importance', dimension: 'reliability', problem: { code: 'belowMin', min: 0 } },
      { code: 'importance', dimension: 'assurance', problem: { code: 'required' } },
      { code: 'importance', dimension: 'empathy', problem: { code: 'aboveMax', max: 100 } },
    ]);
  });

  it('keeps a running total of what is typed so far', () => {
    expect(importanceSum({ tangibles: 10, reliability: 30, empathy: 15 })).toBe(55);
  });
});
