/** Gap scores checked against sums done by hand (P − E per item, means per dimension, mean of the five). */
import { describe, expect, it } from 'vitest';
import { dimensionItems, itemsOf } from '../../../../src/lib/servqual/dimensions.ts';
import { gapScores, type GapScores } from '../../../../src/lib/servqual/gapScores.ts';
import { bank, hospital } from './handRatings.ts';

function scored(ratings: { expected: number[]; perceived: number[] }): GapScores {
  const result = gapScores(ratings);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scores;
}

describe('the dimensions', () => {
  it('group the 22 items as Parasuraman, Zeithaml & Berry do: 4, 5, 4, 4, 5', () => {
    expect(dimensionItems).toEqual({
      tangibles: [1, 4],
      reliability: [5, 9],
      responsiveness: [10, 13],
      assurance: [14, 17],
      empathy: [18, 22],
    });
    expect(itemsOf('reliability')).toEqual([5, 6, 7, 8, 9]);
    expect(itemsOf('empathy')).toHaveLength(5);
  });
});

describe('gap scores', () => {
  it('score the hospital by hand', () => {
    const scores = scored(hospital);
    // Item gaps P − E: 5−5, 4−6, 6−5, 4−5 | 4−7, 5−7, 5−7, 3−7, 6−7 | 3−6, 3−6, 4−6, 3−6 | 6−7, 6−7, 5−6, 6−7 | 3−6, 4−5, 3−6, 4−6, 3−6
    expect(scores.itemGaps).toEqual([
      0, -2, 1, -1, -3, -2, -2, -4, -1, -3, -3, -2, -3, -1, -1, -1, -1, -3, -1, -3, -2, -3,
    ]);
    // Tangibles (0 − 2 + 1 − 1) / 4 = −0.5; mean E (5+6+5+5)/4 = 5.25, mean P (5+4+6+4)/4 = 4.75.
    expect(scores.dimensions[0]).toEqual({ dimension: 'tangibles', expected: 5.25, perceived: 4.75, gap: -0.5 });
    // Reliability (−3 −2 −2 −4 −1) / 5 = −12/5 = −2.4; responsiveness (−3 −3 −2 −3) / 4 = −2.75;
    // assurance (−1 −1 −1 −1) / 4 = −1; empathy (−3 −1 −3 −2 −3) / 5 = −2.4.
    expect(scores.gaps.reliability).toBeCloseTo(-2.4, 12);
    expect(scores.gaps.responsiveness).toBe(-2.75);
    expect(scores.gaps.assurance).toBe(-1);
    expect(scores.gaps.empathy).toBeCloseTo(-2.4, 12);
    // Overall: (−0.5 − 2.4 − 2.75 − 1 − 2.4) / 5 = −9.05 / 5 = −1.81.
    expect(scores.overall).toBeCloseTo(-1.81, 12);
    expect(scores.lowest).toEqual(['responsiveness']);
  });

  it('score the bank by hand, with a dimension above expectations', () => {
    const scores = scored(bank);
    // Tangibles (+1 + 0 + 1 + 1)/4 = 0.75; reliability (−1 −1 −1 −1 + 0)/5 = −0.8;
    // responsiveness (−2 −3 −1 −2)/4 = −2; assurance (0 + 0 + 0 − 1)/4 = −0.25; empathy (−1 −3 −1 −2 −1)/5 = −1.6.
    expect(scores.gaps.tangibles).toBe(0.75);
    expect(scores.gaps.reliability).toBeCloseTo(-0.8, 12);
    expect(scores.gaps.responsiveness).toBe(-2);
    expect(scores.gaps.assurance).toBe(-0.25);
    expect(scores.gaps.empathy).toBeCloseTo(-1.6, 12);
    // (0.75 − 0.8 − 2 − 0.25 − 1.6) / 5 = −3.9 / 5 = −0.78.
    expect(scores.overall).toBeCloseTo(-0.78, 12);
    expect(scores.lowest).toEqual(['responsiveness']);
  });

  it('average the five dimensions, not the 22 items', () => {
    // Every item meets expectations except the four tangibles items, each 2 short.
    const expected = Array<number>(22).fill(5);
    const perceived = expected.map((rating, index) => (index < 4 ? rating - 2 : rating));
    const scores = scored({ expected, perceived });
    // Dimension rule: (−2 + 0 + 0 + 0 + 0) / 5 = −0.4; the mean of all 22 items would be −8/22 ≈ −0.364.
    expect(scores.overall).toBeCloseTo(-0.4, 12);
  });

  it('names every dimension tied for the lowest gap', () => {
    const expected = Array<number>(22).fill(4);
    // Reliability (items 5–9) and empathy (18–22) each one point short on every item.
    const perceived = expected.map((_, index) => ((index + 1 >= 5 && index + 1 <= 9) || index + 1 >= 18 ? 3 : 4));
    expect(scored({ expected, perceived }).lowest).toEqual(['reliability', 'empathy']);
  });

  it('names the item, the column and the mistake for ratings off the scale', () => {
    const perceived = [...hospital.perceived];
    perceived[4] = 8;
    perceived[6] = 2.5;
    const expected = [...hospital.expected];
    expected[21] = 0;
    const result = gapScores({ expected, perceived });
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'rating', column: 'expected', item: 22, problem: { code: 'belowMin', min: 1 } },
        { code: 'rating', column: 'perceived', item: 5, problem: { code: 'aboveMax', max: 7 } },
        { code: 'rating', column: 'perceived', item: 7, problem: { code: 'notWhole' } },
      ],
    });
  });

  it('refuses a column without 22 ratings, and values that are not numbers', () => {
    expect(gapScores({ expected: hospital.expected.slice(1), perceived: hospital.perceived })).toEqual({
      ok: false,
      problems: [{ code: 'itemCount', column: 'expected', count: 21 }],
    });
    const perceived: unknown[] = [...hospital.perceived];
    perceived[0] = Number.NaN;
    perceived[1] = null;
    const result = gapScores({ expected: hospital.expected, perceived: perceived as number[] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        { code: 'rating', column: 'perceived', item: 1, problem: { code: 'notANumber' } },
        { code: 'rating', column: 'perceived', item: 2, problem: { code: 'required' } },
      ]);
  });
});
