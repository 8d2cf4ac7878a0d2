/**
 * Property tests: whatever counts or text a student gives, the NPS engine returns a finite score
 * within −100 … +100 whose interval holds it, a comparison whose interval holds the difference,
 * and for anything it cannot use a problem to word, never an exception or a NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../../../src/lib/form/readField.ts';
import { compareNps } from '../../../../src/lib/nps/npsComparison.ts';
import { estimateNps, type NpsEstimate } from '../../../../src/lib/nps/npsEstimate.ts';
import type { NpsCounts } from '../../../../src/lib/nps/npsGroups.ts';
import { respondentsNeeded } from '../../../../src/lib/nps/respondentsNeeded.ts';
import { readScoreList } from '../../../../src/lib/nps/scoreList.ts';
import { Z95 } from '../../../../src/lib/nps/waldInterval.ts';
import { npsCountFields } from '../../../../src/schemas/npsCounts.ts';

const count = fc.integer({ min: 0, max: npsCountFields.promoters.max });
const anyCounts = fc.record({ promoters: count, passives: count, detractors: count });
const someCounts = anyCounts.filter((c) => c.promoters + c.passives + c.detractors > 0);

function estimate(counts: NpsCounts): NpsEstimate {
  const read = estimateNps(counts);
  if (!read.ok) throw new Error(read.problem.code);
  return read.estimate;
}

const finite = (...values: number[]) => values.every(Number.isFinite);

describe('one sample, any counts the form accepts', () => {
  it('gives a finite score within −100 … +100 inside its own interval, itself within the scale', () => {
    fc.assert(
      fc.property(someCounts, (counts) => {
        const e = estimate(counts);
        const { score, standardError, interval } = e;
        expect(finite(score, standardError, interval.low, interval.high, e.unitVariance)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(-100);
        expect(score).toBeLessThanOrEqual(100);
        expect(standardError).toBeGreaterThanOrEqual(0);
        expect(interval.low).toBeLessThanOrEqual(score);
        expect(interval.high).toBeGreaterThanOrEqual(score);
        expect(interval.low).toBeGreaterThanOrEqual(-100);
        expect(interval.high).toBeLessThanOrEqual(100);
        expect(e.shares.promoters + e.shares.passives + e.shares.detractors).toBeCloseTo(1, 12);
      }),
      { numRuns: 2000 },
    );
  });

  it('has a variance no larger than that of a ±1 coin toss (1 per respondent)', () => {
    fc.assert(
      fc.property(someCounts, (counts) => {
        expect(estimate(counts).unitVariance).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('names as many respondents as a ±5-point interval needs, and no more', () => {
    fc.assert(
      fc.property(someCounts, (counts) => {
        const { unitVariance } = estimate(counts);
        const n = respondentsNeeded(unitVariance, 5);
        expect(Number.isSafeInteger(n)).toBe(true);
        if (n === 0) return;
        expect(Z95 * 100 * Math.sqrt(unitVariance / n)).toBeLessThanOrEqual(5 + 1e-9);
        if (n > 1) expect(Z95 * 100 * Math.sqrt(unitVariance / (n - 1))).toBeGreaterThan(5 - 1e-9);
      }),
    );
  });

  it('handles no respondents at all with a problem', () => {
    expect(estimateNps({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      ok: false,
      problem: { code: 'noRespondents' },
    });
  });
});

describe('two samples, any counts', () => {
  it('gives a finite difference inside its interval, within ±200, and a verdict that matches the interval', () => {
    fc.assert(
      fc.property(someCounts, someCounts, (first, second) => {
        const c = compareNps(estimate(first), estimate(second));
        expect(finite(c.difference, c.standardError, c.interval.low, c.interval.high)).toBe(true);
        expect(c.interval.low).toBeLessThanOrEqual(c.difference);
        expect(c.interval.high).toBeGreaterThanOrEqual(c.difference);
        expect(c.interval.low).toBeGreaterThanOrEqual(-200);
        expect(c.interval.high).toBeLessThanOrEqual(200);
        const holdsZero = c.interval.low <= 0 && c.interval.high >= 0;
        expect(c.verdict === 'couldBeChance').toBe(holdsZero);
        if (c.verdict === 'firstHigher') expect(c.difference).toBeGreaterThan(0);
        if (c.verdict === 'secondHigher') expect(c.difference).toBeLessThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('anything at all', () => {
  it('gives counts that are not whole and not negative a problem, never an exception or a NaN', () => {
    const anything = fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN), fc.constant(-0));
    fc.assert(
      fc.property(fc.record({ promoters: anything, passives: anything, detractors: anything }), (counts) => {
        const read = estimateNps(counts);
        if (read.ok) expect(finite(read.estimate.score, read.estimate.standardError)).toBe(true);
        else expect(['noRespondents', 'badCount']).toContain(read.problem.code);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads any text typed into the count fields as values or a problem per field', () => {
    fc.assert(
      fc.property(fc.record({ promoters: fc.string(), passives: fc.string(), detractors: fc.string() }), (texts) => {
        const read = readFields(npsCountFields, texts);
        if (!read.ok) expect(Object.keys(read.problems).length).toBeGreaterThan(0);
        else expect(Object.values(read.values).every(Number.isSafeInteger)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads any pasted text into good scores and bad entries with their places, never throwing', () => {
    const pieces = fc.constantFrom(
      '9',
      '10',
      '7',
      '0',
      '11',
      '-1',
      '7.5',
      'x',
      '１０',
      ',',
      '，',
      '、',
      '；',
      ' ',
      '\n',
      '\r\n',
      '\t',
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const list = readScoreList(input);
        const { promoters, passives, detractors } = list.counts;
        expect(promoters + passives + detractors).toBe(list.scores);
        expect(list.problem === null).toBe(list.scores > 0);
        const lineCount = input.split(/\r\n|\r|\n/).length;
        for (const bad of list.bad) {
          expect(bad.text.length).toBeGreaterThan(0);
          expect(bad.line).toBeGreaterThanOrEqual(1);
          expect(bad.line).toBeLessThanOrEqual(lineCount);
          expect(bad.entry).toBeGreaterThanOrEqual(1);
          expect(bad.entry).toBeLessThanOrEqual(bad.lineEntries);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('counts a list of whole scores 0–10 exactly, whatever separates them', () => {
    const separator = fc.constantFrom(' ', ',', '，', '、', ';', '；', '\n', '\t', ' , ');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }),
        separator,
        (scores, sep) => {
          const list = readScoreList(scores.join(sep));
          expect(list.bad).toEqual([]);
          // By the definition: promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6.
          expect(list.counts).toEqual({
            promoters: scores.filter((s) => s === 9 || s === 10).length,
            passives: scores.filter((s) => s === 7 || s === 8).length,
            detractors: scores.filter((s) => s <= 6).length,
          });
        },
      ),
    );
  });
});
