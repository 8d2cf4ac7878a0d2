/** Better and Worse (Berger et al. 1993) from tallies worked by hand, and where they are undefined. */
import { describe, expect, it } from 'vitest';
import { satisfactionCoefficients } from '../../../../src/lib/kano/satisfactionCoefficients.ts';
import type { KanoTally } from '../../../../src/lib/kano/kanoTally.ts';

const tally = (counts: Partial<KanoTally>): KanoTally => ({ M: 0, O: 0, A: 0, I: 0, R: 0, Q: 0, ...counts });

describe('satisfactionCoefficients', () => {
  it('A 5, O 15, M 7, I 3: Better = 20/30, Worse = −22/30', () => {
    const result = satisfactionCoefficients(tally({ A: 5, O: 15, M: 7, I: 3 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.better).toBeCloseTo(0.666667, 6); // (5 + 15) / (5 + 15 + 7 + 3) = 20 / 30
    expect(result.worse).toBeCloseTo(-0.733333, 6); // −(15 + 7) / 30 = −22 / 30
  });

  it('leaves reverse and questionable pairs out of both: M 16, O 6, I 5, A 2, Q 1', () => {
    const result = satisfactionCoefficients(tally({ M: 16, O: 6, I: 5, A: 2, Q: 1 }));
    if (!result.ok) throw new Error('expected coefficients');
    expect(result.better).toBeCloseTo(8 / 29, 12); // (2 + 6) / (2 + 6 + 16 + 5) = 8/29 = 0.2759
    expect(result.worse).toBeCloseTo(-22 / 29, 12); // −(6 + 16) / 29 = −0.7586
  });

  it('gives a Worse of exactly 0, not −0, when no pair is O or M: R 17, I 8, A 3, Q 2', () => {
    const result = satisfactionCoefficients(tally({ R: 17, I: 8, A: 3, Q: 2 }));
    if (!result.ok) throw new Error('expected coefficients');
    expect(result.better).toBeCloseTo(3 / 11, 12); // 3 / (3 + 0 + 0 + 8)
    expect(Object.is(result.worse, 0)).toBe(true);
  });

  it('reaches the ends of the ranges: all O gives Better 1 and Worse −1; all I gives 0 and 0', () => {
    expect(satisfactionCoefficients(tally({ O: 4 }))).toEqual({ ok: true, better: 1, worse: -1 });
    expect(satisfactionCoefficients(tally({ I: 4 }))).toEqual({ ok: true, better: 0, worse: 0 });
  });

  it('is undefined, and says why, when no pair is A, O, M or I', () => {
    expect(satisfactionCoefficients(tally({ R: 3, Q: 1 }))).toEqual({
      ok: false,
      problem: { code: 'onlyReverseOrQuestionable' },
    });
    expect(satisfactionCoefficients(tally({}))).toEqual({ ok: false, problem: { code: 'noAnswers' } });
    expect(satisfactionCoefficients(tally({ O: Number.POSITIVE_INFINITY }))).toEqual({
      ok: false,
      problem: { code: 'badCount', kanoClass: 'O' },
    });
  });
});
