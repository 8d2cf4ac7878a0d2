/**
 * The NPS of one sample and of two compared, against values worked by hand (the arithmetic is
 * written out beside each): shares, score, the Wald standard error from
 * Var = (pP + pD − (pP − pD)²) / n, the 95 % interval ± 1.96 SE, and the verdict on a gap.
 */
import { describe, expect, it } from 'vitest';
import { compareNps } from '../../../../src/lib/nps/npsComparison.ts';
import { estimateNps, type NpsEstimate } from '../../../../src/lib/nps/npsEstimate.ts';
import type { NpsCounts } from '../../../../src/lib/nps/npsGroups.ts';
import { scoreGroup, tallyScores } from '../../../../src/lib/nps/scoreTally.ts';
import { respondentsNeeded } from '../../../../src/lib/nps/respondentsNeeded.ts';

function estimate(counts: NpsCounts): NpsEstimate {
  const read = estimateNps(counts);
  if (!read.ok) throw new Error(`expected an estimate, got ${read.problem.code}`);
  return read.estimate;
}

describe('the NPS groups', () => {
  it('puts 0–6 in detractors, 7–8 in passives and 9–10 in promoters', () => {
    const expected = [
      'detractors',
      'detractors',
      'detractors',
      'detractors',
      'detractors',
      'detractors',
      'detractors',
      'passives',
      'passives',
      'promoters',
      'promoters',
    ];
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(scoreGroup)).toEqual(expected);
  });

  it('tallies the example list of twenty answers: ten promoters, six passives, four detractors', () => {
    // 10 9 8 7 10 6 9 3 8 10 9 7 5 10 8 9 10 4 9 8
    // 9–10: 10 9 10 9 10 9 10 9 10 9 (ten); 7–8: 8 7 8 7 8 8 (six); 0–6: 6 3 5 4 (four).
    const scores = [10, 9, 8, 7, 10, 6, 9, 3, 8, 10, 9, 7, 5, 10, 8, 9, 10, 4, 9, 8];
    expect(tallyScores(scores)).toEqual({ promoters: 10, passives: 6, detractors: 4 });
  });
});

describe('one sample', () => {
  it('works out sample A of the example (42 / 22 / 16 of 80)', () => {
    // pP = 42/80 = 0.525, p0 = 22/80 = 0.275, pD = 16/80 = 0.2; NPS = 52.5 − 20 = +32.5.
    // Var = (0.525 + 0.2 − 0.325²) / 80 = (0.725 − 0.105625) / 80 = 0.619375 / 80 = 0.0077421875.
    // SE = √0.0077421875 = 0.0879897 → 8.79897 points; 1.96 × 8.79897 = 17.24598.
    // Interval: 32.5 − 17.24598 = 15.25402 to 32.5 + 17.24598 = 49.74598.
    const a = estimate({ promoters: 42, passives: 22, detractors: 16 });
    expect(a.respondents).toBe(80);
    expect(a.shares).toEqual({ promoters: 0.525, passives: 0.275, detractors: 0.2 });
    expect(a.score).toBeCloseTo(32.5, 10);
    expect(a.unitVariance).toBeCloseTo(0.619375, 10);
    expect(a.standardError).toBeCloseTo(8.79897, 4);
    expect(a.interval.low).toBeCloseTo(15.25402, 4);
    expect(a.interval.high).toBeCloseTo(49.74598, 4);
    expect(a.fewRespondents).toBe(false);
    expect(a.emptyGroups).toEqual([]);
  });

  it('works out sample B of the example (36 / 24 / 20 of 80)', () => {
    // pP = 0.45, pD = 0.25; NPS = +20. Var = (0.45 + 0.25 − 0.2²) / 80 = 0.66 / 80 = 0.00825.
    // SE = √0.00825 = 0.0908295 → 9.08295 points; 1.96 × 9.08295 = 17.80258 → 2.19742 to 37.80258.
    const b = estimate({ promoters: 36, passives: 24, detractors: 20 });
    expect(b.score).toBeCloseTo(20, 10);
    expect(b.standardError).toBeCloseTo(9.08295, 4);
    expect(b.interval.low).toBeCloseTo(2.19742, 4);
    expect(b.interval.high).toBeCloseTo(37.80258, 4);
  });

  it('works out the twenty-answer example and flags it as too small', () => {
    // 10 / 6 / 4 of 20: NPS = 50 − 20 = +30. Var = (0.5 + 0.2 − 0.3²) / 20 = 0.61 / 20 = 0.0305.
    // SE = √0.0305 = 0.174642 → 17.4642 points; 1.96 × 17.4642 = 34.2299 → −4.2299 to 64.2299.
    const small = estimate({ promoters: 10, passives: 6, detractors: 4 });
    expect(small.score).toBeCloseTo(30, 10);
    expect(small.standardError).toBeCloseTo(17.4642, 3);
    expect(small.interval.low).toBeCloseTo(-4.2299, 3);
    expect(small.interval.high).toBeCloseTo(64.2299, 3);
    expect(small.fewRespondents).toBe(true);
  });

  it('cuts the interval at +100', () => {
    // 9 / 0 / 1 of 10: NPS = 90 − 10 = +80. Var = (0.9 + 0.1 − 0.8²) / 10 = 0.36 / 10 = 0.036.
    // SE = √0.036 = 0.189737 → 18.9737; 1.96 × 18.9737 = 37.1884 → 42.8116 to 117.19, cut to 100.
    const high = estimate({ promoters: 9, passives: 0, detractors: 1 });
    expect(high.score).toBeCloseTo(80, 10);
    expect(high.interval.low).toBeCloseTo(42.8116, 3);
    expect(high.interval.high).toBe(100);
    expect(high.emptyGroups).toEqual(['passives']);
  });

  it('collapses to a point when everyone is a promoter, and says the interval cannot be trusted', () => {
    // pP = 1, pD = 0: Var = (1 + 0 − 1²) / 12 = 0, so the Wald interval is +100 to +100.
    const all = estimate({ promoters: 12, passives: 0, detractors: 0 });
    expect(all.score).toBe(100);
    expect(all.standardError).toBe(0);
    expect(all.interval).toEqual({ low: 100, high: 100 });
    expect(all.emptyGroups).toEqual(['passives', 'detractors']);
    expect(all.fewRespondents).toBe(true);
  });

  it('gives a problem, not a number, for no respondents or an impossible count', () => {
    expect(estimateNps({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      ok: false,
      problem: { code: 'noRespondents' },
    });
    expect(estimateNps({ promoters: -1, passives: 5, detractors: 5 })).toEqual({
      ok: false,
      problem: { code: 'badCount', group: 'promoters' },
    });
    expect(estimateNps({ promoters: 1, passives: 2.5, detractors: 5 })).toMatchObject({ ok: false });
    expect(estimateNps({ promoters: 1, passives: 2, detractors: Number.NaN })).toMatchObject({ ok: false });
    expect(estimateNps({ promoters: Infinity, passives: 2, detractors: 1 })).toMatchObject({ ok: false });
  });
});

describe('two samples', () => {
  it('finds that +32.5 against +20 with 80 respondents each could be chance', () => {
    // The "+32 against +20": with 80 respondents an NPS moves in steps of 100/80 = 1.25
    // points, so +32 cannot occur; +32.5 (42 − 16) is the nearest.
    // Difference = 32.5 − 20 = 12.5. SE = √(0.0077421875 + 0.00825) = √0.0159921875 = 0.1264602
    // → 12.64602 points; 1.96 × 12.64602 = 24.78620 → −12.28620 to 37.28620, which holds 0.
    const a = estimate({ promoters: 42, passives: 22, detractors: 16 });
    const b = estimate({ promoters: 36, passives: 24, detractors: 20 });
    const comparison = compareNps(a, b);
    expect(comparison.difference).toBeCloseTo(12.5, 10);
    expect(comparison.standardError).toBeCloseTo(12.64602, 4);
    expect(comparison.interval.low).toBeCloseTo(-12.2862, 3);
    expect(comparison.interval.high).toBeCloseTo(37.2862, 3);
    expect(comparison.verdict).toBe('couldBeChance');
    expect(comparison.rough).toBe(false);
  });

  it('finds a real gap with 400 respondents each, in either order', () => {
    // A: 240 / 100 / 60 → pP 0.6, pD 0.15, NPS +45, V = 0.75 − 0.45² = 0.5475.
    // B: 160 / 120 / 120 → pP 0.4, pD 0.3, NPS +10, V = 0.7 − 0.1² = 0.69.
    // Difference 35; SE = √((0.5475 + 0.69) / 400) = √0.00309375 = 0.0556214 → 5.56214 points;
    // 1.96 × 5.56214 = 10.9018 → 24.0982 to 45.9018, all above 0.
    const a = estimate({ promoters: 240, passives: 100, detractors: 60 });
    const b = estimate({ promoters: 160, passives: 120, detractors: 120 });
    const ab = compareNps(a, b);
    expect(ab.standardError).toBeCloseTo(5.56214, 4);
    expect(ab.interval.low).toBeCloseTo(24.0982, 3);
    expect(ab.interval.high).toBeCloseTo(45.9018, 3);
    expect(ab.verdict).toBe('firstHigher');
    const ba = compareNps(b, a);
    expect(ba.difference).toBeCloseTo(-35, 10);
    expect(ba.verdict).toBe('secondHigher');
  });

  it('calls the verdict rough when a sample is small', () => {
    const small = estimate({ promoters: 10, passives: 6, detractors: 4 });
    const large = estimate({ promoters: 240, passives: 100, detractors: 60 });
    expect(compareNps(small, large).rough).toBe(true);
  });
});

describe('respondents needed for a ±5-point interval', () => {
  it('works out sample A and sample B of the example', () => {
    // n = 1.96² × V / 0.05² : A: 3.8416 × 0.619375 / 0.0025 = 3.8416 × 247.75 = 951.756 → 952.
    // B: 3.8416 × 0.66 / 0.0025 = 3.8416 × 264 = 1014.18 → 1015.
    expect(respondentsNeeded(0.619375, 5)).toBe(952);
    expect(respondentsNeeded(0.66, 5)).toBe(1015);
  });

  it('needs none when the shares leave no spread', () => {
    expect(respondentsNeeded(0, 5)).toBe(0);
  });
});
