/**
 * Property tests: for any score and switching costs in range the curve is a finite likelihood that
 * rises with satisfaction and flattens as switching costs rise; for any counts the form accepts
 * retention is a finite share, ordered from the competitive market to the sheltered one; and any
 * input the engine cannot use gets a problem, never an exception or a NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoreCounts } from '../../../../src/lib/loyalty-curve/marketRetention.ts';
import { repurchaseLikelihood } from '../../../../src/lib/loyalty-curve/repurchaseCurve.ts';
import { retentionReport } from '../../../../src/lib/loyalty-curve/retentionReport.ts';
import { scoreCountFields } from '../../../../src/schemas/loyaltyCurveInputs.ts';

const score = fc.double({ min: 1, max: 5, noNaN: true });
const level = fc.double({ min: 0, max: 1, noNaN: true });
const count = fc.integer({ min: 0, max: scoreCountFields.score1.max });
const counts = fc
  .tuple(count, count, count, count, count)
  .filter((c) => c.some((n) => n > 0)) as fc.Arbitrary<ScoreCounts>;
const ordered = (a: number, b: number) => (a <= b ? [a, b] : [b, a]) as [number, number];

describe('the curve, any score in 1 … 5 and switching costs in 0 … 1', () => {
  it('is a finite likelihood between 0 and 1', () => {
    fc.assert(
      fc.property(score, level, (x, s) => {
        const p = repurchaseLikelihood(x, s);
        expect(Number.isFinite(p)).toBe(true);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('rises with satisfaction', () => {
    fc.assert(
      fc.property(score, score, level, (a, b, s) => {
        const [low, high] = ordered(a, b);
        expect(repurchaseLikelihood(high, s)).toBeGreaterThanOrEqual(repurchaseLikelihood(low, s));
        if (high - low > 1e-6) expect(repurchaseLikelihood(high, s)).toBeGreaterThan(repurchaseLikelihood(low, s));
      }),
    );
  });

  it('rises less over any stretch of scores the higher the switching costs (flatter towards a monopoly)', () => {
    fc.assert(
      fc.property(score, score, level, level, (a, b, s1, s2) => {
        const [low, high] = ordered(a, b);
        const [less, more] = ordered(s1, s2);
        const rise = (s: number) => repurchaseLikelihood(high, s) - repurchaseLikelihood(low, s);
        expect(rise(more)).toBeLessThanOrEqual(rise(less) + 1e-12);
      }),
    );
  });

  it('never falls below its floor at a 1 as switching costs rise', () => {
    fc.assert(
      fc.property(score, level, level, (x, s1, s2) => {
        const [less, more] = ordered(s1, s2);
        expect(repurchaseLikelihood(x, more)).toBeGreaterThanOrEqual(repurchaseLikelihood(x, less) - 1e-12);
      }),
    );
  });
});

describe('expected retention, any counts the form accepts', () => {
  it('is a finite share, the competitive market lowest, the sheltered one highest, the slider between', () => {
    fc.assert(
      fc.property(counts, level, (c, s) => {
        const read = retentionReport(c, s);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const { markets, customers, satisfiedShare, meanScore } = read.report;
        expect(customers).toBe(c.reduce((sum, n) => sum + n, 0));
        for (const market of Object.values(markets)) {
          expect(Number.isFinite(market.retention)).toBe(true);
          expect(market.retention).toBeGreaterThanOrEqual(0);
          expect(market.retention).toBeLessThanOrEqual(1 + 1e-12);
          expect(market.staying).toBeCloseTo(market.retention * customers, 6);
        }
        expect(markets.competitive.retention).toBeLessThanOrEqual(markets.current.retention + 1e-12);
        expect(markets.current.retention).toBeLessThanOrEqual(markets.sheltered.retention + 1e-12);
        expect(satisfiedShare).toBeGreaterThanOrEqual(0);
        expect(satisfiedShare).toBeLessThanOrEqual(1);
        expect(meanScore).toBeGreaterThanOrEqual(1);
        expect(meanScore).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('is the curve itself at a score everyone gave, and a customer-weighted mix of two such firms', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        count,
        count,
        level,
        (x, y, m, n, s) => {
          fc.pre(m + n > 0 && x !== y);
          const firm = [0, 0, 0, 0, 0];
          firm[x - 1] = m;
          firm[y - 1] = n;
          const read = retentionReport(firm as unknown as ScoreCounts, s);
          if (!read.ok) throw new Error(read.problem.code);
          const expected = (m * repurchaseLikelihood(x, s) + n * repurchaseLikelihood(y, s)) / (m + n);
          expect(read.report.markets.current.retention).toBeCloseTo(expected, 12);
        },
      ),
    );
  });

  it('gains more in a competitive market from moving customers from 4 to 5 than from 2 to 3', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 1000 }), (c, moved) => {
        const base = [...c] as number[];
        base[1] = base[1]! + moved; // make sure there are customers at 2 and at 4 to move
        base[3] = base[3]! + moved;
        const up = (from: number) => {
          const next = [...base];
          next[from - 1]! -= moved;
          next[from]! += moved;
          return next as unknown as ScoreCounts;
        };
        const retention = (firm: ScoreCounts) => {
          const read = retentionReport(firm, 0);
          if (!read.ok) throw new Error(read.problem.code);
          return read.report.markets.competitive.retention;
        };
        const start = retention(base as unknown as ScoreCounts);
        expect(retention(up(4)) - start).toBeGreaterThan(30 * (retention(up(2)) - start));
      }),
    );
  });
});

describe('input the engine cannot use', () => {
  const badCount = fc.oneof(
    fc.integer({ max: -1 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, 2 ** 60),
  );
  const badLevel = fc.oneof(
    fc.double({ max: -Number.MIN_VALUE }),
    fc.double({ min: 1.0000001 }),
    fc.constant(Number.NaN),
  );

  it('gets a problem naming the score of a count that is not a whole number of customers, never an exception', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 4 }), badCount, level, (c, at, bad, s) => {
        const firm = [...c];
        firm[at] = bad;
        const read = retentionReport(firm as unknown as ScoreCounts, s);
        expect(read).toEqual({ ok: false, problem: { code: 'badCount', score: at + 1 } });
      }),
    );
  });

  it('gets a problem for switching costs outside 0 … 1', () => {
    fc.assert(
      fc.property(counts, badLevel, (c, s) => {
        expect(retentionReport(c, s)).toEqual({ ok: false, problem: { code: 'badSwitchingCost' } });
      }),
    );
  });
});
