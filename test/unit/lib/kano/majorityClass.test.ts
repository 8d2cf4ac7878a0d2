/**
 * A feature's class by majority, the M > O > A > I tie rule and Fong's test for a close call,
 * against tallies worked by hand (the arithmetic is written beside each).
 */
import { describe, expect, it } from 'vitest';
import { majorityClass } from '../../../../src/lib/kano/majorityClass.ts';
import type { KanoTally } from '../../../../src/lib/kano/kanoTally.ts';

const tally = (counts: Partial<KanoTally>): KanoTally => ({ M: 0, O: 0, A: 0, I: 0, R: 0, Q: 0, ...counts });

describe('majorityClass', () => {
  it('a clear must-be: M 16 of 30, O 6 next', () => {
    // |16 − 6| = 10; 1.65·√((16 + 6)(60 − 22) / 60) = 1.65·√13.933 = 1.65 × 3.733 = 6.16 → 10 ≥ 6.16, not close.
    expect(majorityClass(tally({ M: 16, O: 6, I: 5, A: 2, Q: 1 }))).toEqual({
      ok: true,
      majority: { kanoClass: 'M', runnerUp: 'O', close: false, total: 30 },
    });
  });

  it('a close call: M 13 against O 10 of 30', () => {
    // |13 − 10| = 3; 1.65·√(23 × 37 / 60) = 1.65·√14.183 = 1.65 × 3.766 = 6.21 → 3 < 6.21, close.
    expect(majorityClass(tally({ M: 13, O: 10, I: 4, A: 2, Q: 1 }))).toEqual({
      ok: true,
      majority: { kanoClass: 'M', runnerUp: 'O', close: true, total: 30 },
    });
  });

  it('the same shares are a close call among 20 respondents and clear among 100', () => {
    // n = 20, A 10, I 6: |10 − 6| = 4; 1.65·√(16 × (40 − 16) / 40) = 1.65·√9.6 = 1.65 × 3.098 = 5.11 → close.
    expect(majorityClass(tally({ A: 10, I: 6, O: 4 }))).toEqual({
      ok: true,
      majority: { kanoClass: 'A', runnerUp: 'I', close: true, total: 20 },
    });
    // n = 100, A 50, I 30: |20|; 1.65·√(80 × 120 / 200) = 1.65·√48 = 1.65 × 6.928 = 11.43 → clear.
    expect(majorityClass(tally({ A: 50, I: 30, O: 20 }))).toEqual({
      ok: true,
      majority: { kanoClass: 'A', runnerUp: 'I', close: false, total: 100 },
    });
  });

  it('just clear and just close: A 6 of 12 against 2, A 5 of 11 against 2', () => {
    // A 6, M 2, O 2, I 2 (n = 12): the runner-up among the 2s is M by the tie rule; |6 − 2| = 4;
    // 1.65·√(8 × (24 − 8) / 24) = 1.65·√5.333 = 1.65 × 2.309 = 3.81 → 4 ≥ 3.81, clear.
    expect(majorityClass(tally({ A: 6, I: 2, O: 2, M: 2 }))).toEqual({
      ok: true,
      majority: { kanoClass: 'A', runnerUp: 'M', close: false, total: 12 },
    });
    // A 5, M 2, O 2, I 2 (n = 11): |3|; 1.65·√(7 × 15 / 22) = 1.65·√4.773 = 1.65 × 2.185 = 3.60 → close.
    expect(majorityClass(tally({ A: 5, O: 2, M: 2, I: 2 }))).toEqual({
      ok: true,
      majority: { kanoClass: 'A', runnerUp: 'M', close: true, total: 11 },
    });
  });

  it('holds to the 1.65 of the test at the edge: a lead of 6 is close, a lead of 7 clear, among 30', () => {
    // M 16, O 10, I 4: |6|; 1.65·√(26 × 34 / 60) = 1.65·√14.733 = 1.65 × 3.838 = 6.33 → 6 < 6.33, close
    // (with 1.5 in place of 1.65 it would be 5.76, and clear).
    expect(majorityClass(tally({ M: 16, O: 10, I: 4 }))).toMatchObject({ majority: { close: true } });
    // M 17, O 10, I 3: |7|; 1.65·√(27 × 33 / 60) = 1.65·√14.85 = 1.65 × 3.854 = 6.36 → 7 ≥ 6.36, clear.
    expect(majorityClass(tally({ M: 17, O: 10, I: 3 }))).toMatchObject({ majority: { close: false } });
  });

  it('breaks ties by M > O > A > I, then R and Q', () => {
    expect(majorityClass(tally({ A: 7, O: 7, I: 2 }))).toMatchObject({
      majority: { kanoClass: 'O', runnerUp: 'A', close: true },
    });
    expect(majorityClass(tally({ I: 5, M: 5 }))).toMatchObject({ majority: { kanoClass: 'M', runnerUp: 'I' } });
    expect(majorityClass(tally({ I: 4, A: 4, R: 4 }))).toMatchObject({ majority: { kanoClass: 'A', runnerUp: 'I' } });
    expect(majorityClass(tally({ R: 3, Q: 3 }))).toMatchObject({ majority: { kanoClass: 'R', runnerUp: 'Q' } });
  });

  it('a single answer is never a clear verdict, and has no runner-up', () => {
    // a = 1, b = 0, n = 1: |1| vs 1.65·√(1 × 1 / 2) = 1.17 → close.
    expect(majorityClass(tally({ O: 1 }))).toEqual({
      ok: true,
      majority: { kanoClass: 'O', runnerUp: null, close: true, total: 1 },
    });
  });

  it('reports a tally without answers or with a count that is not a whole number of respondents', () => {
    expect(majorityClass(tally({}))).toEqual({ ok: false, problem: { code: 'noAnswers' } });
    expect(majorityClass(tally({ A: -1, O: 3 }))).toEqual({ ok: false, problem: { code: 'badCount', kanoClass: 'A' } });
    expect(majorityClass(tally({ I: 2.5 }))).toEqual({ ok: false, problem: { code: 'badCount', kanoClass: 'I' } });
    expect(majorityClass(tally({ Q: Number.NaN }))).toEqual({
      ok: false,
      problem: { code: 'badCount', kanoClass: 'Q' },
    });
  });
});
