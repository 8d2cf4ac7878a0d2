/** MSA, MSS and each dimension's place against its zone of tolerance, worked by hand. */
import { describe, expect, it } from 'vitest';
import { toleranceZone, zonePosition, type ZoneScores } from '../../../../src/lib/servqual/toleranceZone.ts';
import { bank, hospital } from './handRatings.ts';

function zones(ratings: { desired: number[]; adequate: number[]; perceived: number[] }): ZoneScores {
  const result = toleranceZone(ratings);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scores;
}

const row = (scores: ZoneScores, dimension: string) => scores.dimensions.find((d) => d.dimension === dimension)!;

describe('the zone of tolerance', () => {
  it('places the hospital’s dimensions', () => {
    const scores = zones(hospital);
    // Tangibles: desired 24/4 = 6, adequate (4+4+4+3)/4 = 3.75, perceived (5+4+6+4)/4 = 4.75:
    // MSA = 4.75 − 3.75 = 1, MSS = 4.75 − 6 = −1.25, within.
    expect(row(scores, 'tangibles')).toEqual({
      dimension: 'tangibles',
      desired: 6,
      adequate: 3.75,
      perceived: 4.75,
      msa: 1,
      mss: -1.25,
      position: 'within',
    });
    // Reliability: adequate (5+5+6+5+6)/5 = 5.4, perceived (4+5+5+3+6)/5 = 4.6: MSA = −0.8, below.
    expect(row(scores, 'reliability').msa).toBeCloseTo(-0.8, 12);
    expect(row(scores, 'reliability').position).toBe('below');
    // Responsiveness: desired (7+7+7+6)/4 = 6.75, adequate 4, perceived (3+3+4+3)/4 = 3.25: MSA −0.75, MSS −3.5.
    expect(row(scores, 'responsiveness')).toMatchObject({ msa: -0.75, mss: -3.5, position: 'below' });
    // Assurance: adequate (5+6+4+5)/4 = 5, perceived (6+6+5+6)/4 = 5.75, desired 7: MSA 0.75, MSS −1.25, within.
    expect(row(scores, 'assurance')).toMatchObject({ msa: 0.75, mss: -1.25, position: 'within' });
    // Empathy: adequate (4+3+4+4+4)/5 = 3.8, perceived (3+4+3+4+3)/5 = 3.4: MSA −0.4, below.
    expect(row(scores, 'empathy').msa).toBeCloseTo(-0.4, 12);
    expect(row(scores, 'empathy').position).toBe('below');
    // Overall MSA (1 − 0.8 − 0.75 + 0.75 − 0.4) / 5 = −0.2 / 5 = −0.04.
    expect(scores.overallMsa).toBeCloseTo(-0.04, 12);
    // Overall MSS: tangibles −1.25, reliability 4.6 − 7 = −2.4, responsiveness −3.5, assurance −1.25,
    // empathy 3.4 − 6.4 = −3: (−1.25 − 2.4 − 3.5 − 1.25 − 3) / 5 = −11.4 / 5 = −2.28.
    expect(scores.overallMss).toBeCloseTo(-2.28, 12);
  });

  it('places the bank’s tangibles above the zone and its empathy on the zone’s lower edge, within it', () => {
    const scores = zones(bank);
    // Tangibles: perceived (7+6+7+6)/4 = 6.5 against desired 6: MSS = +0.5, above.
    expect(row(scores, 'tangibles')).toMatchObject({ perceived: 6.5, mss: 0.5, position: 'above' });
    // Empathy: adequate (3+4+3+4+4)/5 = 3.6 and perceived (4+3+4+3+4)/5 = 3.6: MSA = 0, within.
    expect(row(scores, 'empathy').msa).toBeCloseTo(0, 12);
    expect(row(scores, 'empathy').position).toBe('within');
    // Responsiveness: adequate (5+4+4+4)/4 = 4.25, perceived (4+3+5+4)/4 = 4: MSA −0.25, below.
    expect(row(scores, 'responsiveness')).toMatchObject({ msa: -0.25, position: 'below' });
  });

  it('counts both edges as within', () => {
    expect(zonePosition(0, -1)).toBe('within');
    expect(zonePosition(1, 0)).toBe('within');
    expect(zonePosition(-0.25, -2)).toBe('below');
    expect(zonePosition(0.5, 0.25)).toBe('above');
  });

  it('refuses an adequate level above the desired one, naming the item', () => {
    const adequate = [...hospital.adequate];
    // Item 1 wants 6 at best and item 13 wants 6: an adequate level of 7 is above both.
    adequate[0] = 7;
    adequate[12] = 7;
    expect(toleranceZone({ ...hospital, adequate })).toEqual({
      ok: false,
      problems: [
        { code: 'adequateAboveDesired', item: 1 },
        { code: 'adequateAboveDesired', item: 13 },
      ],
    });
  });

  it('names a rating off the scale in the column it is in', () => {
    const desired = [...hospital.desired];
    desired[2] = 9;
    expect(toleranceZone({ ...hospital, desired })).toEqual({
      ok: false,
      problems: [{ code: 'rating', column: 'desired', item: 3, problem: { code: 'aboveMax', max: 7 } }],
    });
  });
});
