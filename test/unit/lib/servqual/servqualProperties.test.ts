/**
 * Any valid answers: no score is NaN, every gap and the weighted gap stay within −6…6 (the widest
 * a 7-point scale allows), dimension gaps lie between their items' extremes, zone positions agree
 * with MSA and MSS, and class intervals hold their means. Any invalid answers, split or file text:
 * a problem, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classColumns, importClassCsv } from '../../../../src/lib/servqual/classCsv.ts';
import { classGaps } from '../../../../src/lib/servqual/classGaps.ts';
import { dimensions, itemsOf } from '../../../../src/lib/servqual/dimensions.ts';
import { gapScores } from '../../../../src/lib/servqual/gapScores.ts';
import { readRatings, ratingTexts } from '../../../../src/lib/servqual/ratingTexts.ts';
import { checkImportance, weightedGap } from '../../../../src/lib/servqual/importanceWeights.ts';
import { toleranceZone } from '../../../../src/lib/servqual/toleranceZone.ts';

const rating = fc.integer({ min: 1, max: 7 });
const column = fc.array(rating, { minLength: 22, maxLength: 22 });

/** Five whole numbers of points adding up to 100: four cuts of 0…100, sorted. */
const split = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }).map((cuts) => {
  const edges = [0, ...cuts.sort((a, b) => a - b), 100];
  return Object.fromEntries(
    dimensions.map((dimension, index) => [dimension, edges[index + 1]! - edges[index]!]),
  ) as Record<(typeof dimensions)[number], number>;
});

/** Anything a field, a file or a link might hand over in place of a rating. */
const wrongRating = fc.oneof(
  fc.integer({ min: -1000, max: 0 }),
  fc.integer({ min: 8, max: 1000 }),
  fc.double({ min: 1.01, max: 6.99, noInteger: true }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, null, undefined, '5', {}),
);

const finiteIn = (value: number, low: number, high: number) => {
  expect(Number.isFinite(value)).toBe(true);
  expect(value).toBeGreaterThanOrEqual(low - 1e-12);
  expect(value).toBeLessThanOrEqual(high + 1e-12);
};

describe('valid answers', () => {
  it('give finite gaps within −6…6, each dimension between its items’ extremes', () => {
    fc.assert(
      fc.property(column, column, split, (expected, perceived, importance) => {
        const result = gapScores({ expected, perceived });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { scores } = result;
        for (const gap of scores.itemGaps) finiteIn(gap, -6, 6);
        for (const row of scores.dimensions) {
          const itemGaps = itemsOf(row.dimension).map((item) => scores.itemGaps[item - 1]!);
          finiteIn(row.gap, Math.min(...itemGaps), Math.max(...itemGaps));
          expect(row.gap).toBeCloseTo(row.perceived - row.expected, 12);
        }
        finiteIn(scores.overall, -6, 6);
        expect(scores.lowest.length).toBeGreaterThan(0);
        const weighted = weightedGap(scores.gaps, importance);
        expect(weighted.ok).toBe(true);
        if (weighted.ok) {
          const gaps = Object.values(scores.gaps);
          finiteIn(weighted.gap, Math.min(...gaps), Math.max(...gaps));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('place every dimension as its MSA and MSS say, with both within −6…6', () => {
    const zoneItem = fc
      .tuple(rating, rating, rating)
      .map(([a, b, perceived]) => ({ adequate: Math.min(a, b), desired: Math.max(a, b), perceived }));
    fc.assert(
      fc.property(fc.array(zoneItem, { minLength: 22, maxLength: 22 }), (items) => {
        const result = toleranceZone({
          desired: items.map((item) => item.desired),
          adequate: items.map((item) => item.adequate),
          perceived: items.map((item) => item.perceived),
        });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const row of result.scores.dimensions) {
          finiteIn(row.msa, -6, 6);
          finiteIn(row.mss, -6, 6);
          expect(row.msa).toBeGreaterThanOrEqual(row.mss - 1e-12);
          const expected = row.msa < -1e-9 ? 'below' : row.mss > 1e-9 ? 'above' : 'within';
          expect(row.position).toBe(expected);
        }
        finiteIn(result.scores.overallMsa, -6, 6);
        finiteIn(result.scores.overallMss, -6, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('give a class mean inside its interval, the interval within reach of the scale', () => {
    const respondent = fc.record({ expected: column, perceived: column });
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 1, maxLength: 40 }), split, (respondents, importance) => {
        const result = classGaps(respondents, importance);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const interval of [...Object.values(result.gaps.dimensions), result.gaps.overall, result.gaps.weighted!]) {
          finiteIn(interval.mean, -6, 6);
          if (respondents.length === 1) expect(interval.halfWidth).toBeNull();
          else {
            expect(interval.halfWidth).toBeGreaterThanOrEqual(0);
            expect(interval.low!).toBeLessThanOrEqual(interval.mean);
            expect(interval.high!).toBeGreaterThanOrEqual(interval.mean);
            expect(Number.isFinite(interval.halfWidth)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('invalid answers', () => {
  it('get a problem naming each bad item, never an exception', () => {
    fc.assert(
      fc.property(
        column,
        column,
        fc.uniqueArray(fc.integer({ min: 0, max: 21 }), { minLength: 1, maxLength: 5 }),
        wrongRating,
        fc.boolean(),
        (expected, perceived, spoilt, wrong, inExpected) => {
          const target: unknown[] = inExpected ? [...expected] : [...perceived];
          for (const index of spoilt) target[index] = wrong;
          const ratings = inExpected
            ? { expected: target as number[], perceived }
            : { expected, perceived: target as number[] };
          const result = gapScores(ratings);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          const named = result.problems.map((problem) => (problem.code === 'rating' ? problem.item : 0));
          expect(named.sort((a, b) => a - b)).toEqual(spoilt.map((index) => index + 1).sort((a, b) => a - b));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a column of any length or kind gets a problem', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (expected, perceived) => {
        const result = gapScores({ expected, perceived } as never);
        const zone = toleranceZone({ desired: expected, adequate: perceived, perceived: expected } as never);
        expect(result.ok).toBe(false);
        expect(zone.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('an importance split that breaks a rule gets a problem', () => {
    const points = fc.oneof(fc.integer({ min: -50, max: 150 }), fc.double(), fc.constantFrom(null, undefined, '20'));
    fc.assert(
      fc.property(fc.array(points, { minLength: 5, maxLength: 5 }), (values) => {
        const importance = Object.fromEntries(dimensions.map((d, i) => [d, values[i]])) as never;
        const problems = checkImportance(importance);
        const valid = values.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100);
        const total = valid ? (values as number[]).reduce((a, b) => a + b, 0) : Number.NaN;
        expect(problems.length === 0).toBe(valid && total === 100);
      }),
      { numRuns: 500 },
    );
  });

  it('any file text is read without throwing, and every respondent kept is on the scale', () => {
    const cell = fc.oneof(fc.integer({ min: -2, max: 9 }).map(String), fc.string({ maxLength: 4 }), fc.constant(''));
    const line = fc.array(cell, { minLength: 0, maxLength: 46 }).map((cells) => cells.join(','));
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(line, { maxLength: 6 }).map((lines) => [`id,${classColumns.join(',')}`, ...lines].join('\n')),
    );
    fc.assert(
      fc.property(text, (csv) => {
        const read = importClassCsv(csv);
        for (const { expected, perceived } of read.respondents)
          for (const value of [...expected, ...perceived])
            expect(Number.isInteger(value) && value >= 1 && value <= 7).toBe(true);
        if (read.fileProblems.length > 0) expect(read.respondents).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('typed boxes of any text read as ratings on the scale, or as problems and empty boxes, never an exception', () => {
    const box = fc.oneof(fc.string({ maxLength: 5 }), fc.integer({ min: -3, max: 10 }).map(String), fc.constant(''));
    fc.assert(
      fc.property(
        fc.array(box, { minLength: 22, maxLength: 22 }),
        fc.array(box, { minLength: 22, maxLength: 22 }),
        (e, p) => {
          const texts = { ...ratingTexts(), expected: e, perceived: p };
          const reading = readRatings(texts, ['expected', 'perceived']);
          if (reading.ok) {
            for (const value of [...reading.ratings.expected!, ...reading.ratings.perceived!])
              expect(Number.isInteger(value) && value >= 1 && value <= 7).toBe(true);
            expect(gapScores(reading.ratings as never).ok).toBe(true);
          } else {
            expect(reading.problems.length + reading.empty).toBeGreaterThan(0);
            expect(reading.empty).toBe([...e, ...p].filter((text) => text.trim() === '').length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
