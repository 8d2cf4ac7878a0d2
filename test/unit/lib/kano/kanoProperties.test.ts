/**
 * Over any tally and any text: Better stays in [0, 1], Worse in [−1, 0], nothing is NaN, the
 * majority class is one with the largest count; a tally that is not counts of respondents gets a
 * problem; any text given as a survey file is read without throwing, and what it keeps adds up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importSurveyCsv } from '../../../../src/lib/kano/importSurvey.ts';
import { kanoClasses } from '../../../../src/lib/kano/kanoAnswers.ts';
import type { KanoTally } from '../../../../src/lib/kano/kanoTally.ts';
import { majorityClass } from '../../../../src/lib/kano/majorityClass.ts';
import { readAnswer } from '../../../../src/lib/kano/readAnswer.ts';
import { satisfactionCoefficients } from '../../../../src/lib/kano/satisfactionCoefficients.ts';

const count = fc.integer({ min: 0, max: 1_000_000 });
const tallies: fc.Arbitrary<KanoTally> = fc.record({ M: count, O: count, A: count, I: count, R: count, Q: count });
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0.5, Number.MAX_SAFE_INTEGER + 2),
);
const anyTally: fc.Arbitrary<KanoTally> = fc.record({
  M: anyNumber,
  O: anyNumber,
  A: anyNumber,
  I: anyNumber,
  R: anyNumber,
  Q: anyNumber,
});
const isCountTally = (tally: KanoTally) =>
  kanoClasses.every((kanoClass) => Number.isSafeInteger(tally[kanoClass]) && tally[kanoClass] >= 0);

describe('Kano readings over random tallies', () => {
  it('Better is in [0, 1] and Worse in [−1, 0], never NaN; undefined only without A, O, M or I pairs', () => {
    fc.assert(
      fc.property(tallies, (tally) => {
        const result = satisfactionCoefficients(tally);
        const counted = tally.A + tally.O + tally.M + tally.I;
        expect(result.ok).toBe(counted > 0);
        if (!result.ok) return;
        expect(result.better).toBeGreaterThanOrEqual(0);
        expect(result.better).toBeLessThanOrEqual(1);
        expect(result.worse).toBeGreaterThanOrEqual(-1);
        expect(result.worse).toBeLessThanOrEqual(0);
        expect(Object.is(result.worse, -0)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('the majority class has the largest count, and a tie goes to the earlier of M, O, A, I, R, Q', () => {
    fc.assert(
      fc.property(tallies, (tally) => {
        const result = majorityClass(tally);
        const total = kanoClasses.reduce((sum, kanoClass) => sum + tally[kanoClass], 0);
        expect(result.ok).toBe(total > 0);
        if (!result.ok) return;
        const { kanoClass, runnerUp, total: counted } = result.majority;
        const largest = Math.max(...kanoClasses.map((c) => tally[c]));
        expect(tally[kanoClass]).toBe(largest);
        expect(kanoClasses.find((c) => tally[c] === largest)).toBe(kanoClass);
        expect(counted).toBe(total);
        if (runnerUp) expect(tally[runnerUp]).toBeLessThanOrEqual(largest);
      }),
      { numRuns: 500 },
    );
  });

  it('a tally that is not whole counts of respondents gets a problem, never an exception or NaN', () => {
    fc.assert(
      fc.property(anyTally, (tally) => {
        const coefficients = satisfactionCoefficients(tally);
        const majority = majorityClass(tally);
        if (!isCountTally(tally)) {
          expect(coefficients).toMatchObject({ ok: false, problem: { code: 'badCount' } });
          expect(majority).toMatchObject({ ok: false, problem: { code: 'badCount' } });
        }
        if (coefficients.ok) expect(Number.isNaN(coefficients.better + coefficients.worse)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('survey files over random text', () => {
  const cell = fc.oneof(
    fc.constantFrom('1', '2', '3', '4', '5', 'like', '不喜欢', '', ' ', 'x', '"', ',', '\n', '6'),
    fc.string({ maxLength: 6 }),
  );
  const header = fc.constantFrom('id', 'A F', 'A D', 'B F', 'B D', 'B (f)', 'C 正向', 'C 反向', 'x', '');
  const files = fc
    .tuple(
      fc.array(header, { minLength: 0, maxLength: 6 }),
      fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 }),
    )
    .map(([head, rows]) => [head.join(','), ...rows.map((row) => row.join(','))].join('\n'));

  it('never throws; every pair it keeps is counted once, for a respondent it counts', () => {
    fc.assert(
      fc.property(fc.oneof(files, fc.string({ maxLength: 200 })), (text) => {
        const result = importSurveyCsv(text);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          return;
        }
        for (const feature of result.features) {
          for (const kanoClass of kanoClasses) expect(Number.isSafeInteger(feature.tally[kanoClass])).toBe(true);
          const pairs = kanoClasses.reduce((sum, kanoClass) => sum + feature.tally[kanoClass], 0);
          expect(pairs).toBeLessThanOrEqual(result.respondents);
        }
        const lines = result.rowErrors.map((error) => error.line);
        expect([...lines].sort((a, b) => a - b)).toEqual(lines);
      }),
      { numRuns: 400 },
    );
  });

  it('reads any string as one of the five answers or none, without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect([null, 'like', 'mustBe', 'neutral', 'liveWith', 'dislike']).toContain(readAnswer(text));
      }),
    );
  });
});
