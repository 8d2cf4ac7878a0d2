/**
 * Expected retention = Σ customers at each score × likelihood of buying again ÷ all customers,
 * checked by hand on the chapter's worked distribution (250, 450, 200, 70, 30 customers scoring
 * 5 to 1) and on the moves its exercises ask for, and the problems named for input it cannot use.
 */
import { describe, expect, it } from 'vitest';
import { chapterExample } from '../../../../src/lib/loyalty-curve/chapterExample.ts';
import { courseNoteMidpoints } from '../../../../src/lib/loyalty-curve/courseNoteTable.ts';
import { retentionByMarket, type ScoreCounts } from '../../../../src/lib/loyalty-curve/marketRetention.ts';
import { retentionReport } from '../../../../src/lib/loyalty-curve/retentionReport.ts';
import { numberFormats } from '../../../../src/lib/text/numberFormats.ts';
import { noCustomers, scoreCountDefaults } from '../../../../src/schemas/loyaltyCurveInputs.ts';

function report(counts: ScoreCounts, switchingCost: number) {
  const read = retentionReport(counts, switchingCost);
  if (!read.ok) throw new Error(`expected a report, got ${read.problem.code}`);
  return read.report;
}

const en = numberFormats('en');

describe("the chapter's worked distribution", () => {
  const example = report(chapterExample, 0.5);

  it('is 1,000 customers, 70 % of them scoring 4 or 5, averaging 3.82', () => {
    // (30×1 + 70×2 + 200×3 + 450×4 + 250×5) / 1000 = (30 + 140 + 600 + 1800 + 1250) / 1000 = 3.82.
    expect(example.customers).toBe(1000);
    expect(example.satisfiedShare).toBeCloseTo(0.7, 12);
    expect(example.meanScore).toBeCloseTo(3.82, 12);
  });

  it("keeps 745.5 customers by the course-note table's midpoints, 74.6 %, as the chapter works it", () => {
    // 250 × 0.945 + 450 × 0.825 + 200 × 0.625 + 70 × 0.175 + 30 × 0.025
    // = 236.25 + 371.25 + 125 + 12.25 + 0.75 = 745.5.
    expect(example.markets.table.staying).toBeCloseTo(745.5, 9);
    expect(en.percent(example.markets.table.retention)).toBe('74.6%');
    expect(example.markets.table.likelihoods).toEqual([...courseNoteMidpoints]);
  });

  it('keeps 314.36 customers, 31.4 %, in a highly competitive market', () => {
    // 250 × 0.95 + 450 × 0.158333 + 200 × 0.026389 + 70 × 0.0043981 + 30 × 0.00073302
    // = 237.5 + 71.25 + 5.277778 + 0.307870 + 0.021991 = 314.357639.
    expect(example.markets.competitive.staying).toBeCloseTo(314.357639, 5);
    expect(en.percent(example.markets.competitive.retention)).toBe('31.4%');
  });

  it('keeps 931.44 customers, 93.1 %, with little competition', () => {
    // Each likelihood is 1 − 0.1 × (1 − c), so staying = 1000 − 0.1 × (1000 − 314.357639) = 931.435764.
    expect(example.markets.sheltered.staying).toBeCloseTo(931.435764, 5);
    expect(en.percent(example.markets.sheltered.retention)).toBe('93.1%');
  });

  it('keeps 622.90 customers, 62.3 %, at switching costs 50', () => {
    // h = 0.45: staying = 1000 − 0.55 × 685.642361 = 1000 − 377.103299 = 622.896701.
    expect(example.markets.current.staying).toBeCloseTo(622.896701, 5);
    expect(en.percent(example.markets.current.retention)).toBe('62.3%');
  });
});

describe("exercise 2: moving 50 customers of the chapter's distribution up one score", () => {
  const base = report(chapterExample, 1).markets;
  const fourToFive = report([30, 70, 200, 400, 300], 1).markets;
  const twoToThree = report([30, 20, 250, 450, 250], 1).markets;

  it('buys about 4 points from 4 to 5 and about 0.1 from 2 to 3 in a competitive market', () => {
    // 4 → 5: 314.357639 + 50 × (0.95 − 0.158333) = 314.357639 + 39.583333 = 353.940972 (35.4 %).
    // 2 → 3: 314.357639 + 50 × (0.026389 − 0.004398) = 314.357639 + 1.099537 = 315.457176 (31.5 %).
    expect(fourToFive.competitive.staying).toBeCloseTo(353.940972, 5);
    expect(twoToThree.competitive.staying).toBeCloseTo(315.457176, 5);
    expect(en.percent(fourToFive.competitive.retention)).toBe('35.4%');
    expect(en.percent(twoToThree.competitive.retention)).toBe('31.5%');
  });

  it('buys a tenth of that with little competition: 0.4 and 0.01 points', () => {
    // 4 → 5: 931.435764 + 0.1 × 39.583333 = 935.394097 (93.5 %); 2 → 3: 931.435764 + 0.109954 = 931.545718.
    expect(fourToFive.sheltered.staying - base.sheltered.staying).toBeCloseTo(3.9583333, 6);
    expect(twoToThree.sheltered.staying - base.sheltered.staying).toBeCloseTo(0.1099537, 6);
    expect(en.percent(fourToFive.sheltered.retention)).toBe('93.5%');
  });
});

describe('exercise 3: lowering switching costs from 100', () => {
  it('loses retention slowly at first, fastest around the middle, slowly again near 0', () => {
    // R(s) = 0.314358 + 0.685642 × h(s): 93.1 % at 100, 91.4 % at 90, 71.4 % at 60, 53.2 % at 40, 31.4 % at 0.
    const retention = (level: number) => report(chapterExample, level / 100).markets.current.retention;
    expect(retention(100)).toBeCloseTo(0.9314358, 6);
    expect(retention(90)).toBeCloseTo(0.3143576 + 0.6856424 * 0.8748, 6);
    expect(retention(60)).toBeCloseTo(0.3143576 + 0.6856424 * 0.5832, 6);
    expect(retention(40)).toBeCloseTo(0.3143576 + 0.6856424 * 0.3168, 6);
    expect(retention(0)).toBeCloseTo(0.3143576, 6);
    const drops = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10].map((level) => retention(level) - retention(level - 10));
    const fastest = drops.indexOf(Math.max(...drops));
    expect([4, 5]).toContain(fastest); // from 60 to 50 or from 50 to 40
    expect(drops[0]).toBeLessThan(drops[4]! / 4);
  });
});

describe("the widget's example firm", () => {
  it('has 82 % scoring 4 or 5, as in the opening case', () => {
    const { score1, score2, score3, score4, score5 } = scoreCountDefaults;
    const example = report([score1, score2, score3, score4, score5], 0.5);
    expect(example.satisfiedShare).toBeCloseTo(0.82, 12);
    // 300 × 0.95 + 520 × 0.158333 + 120 × 0.026389 + 40 × 0.0043981 + 20 × 0.00073302
    // = 285 + 82.333333 + 3.166667 + 0.175926 + 0.014660 = 370.690586.
    expect(example.markets.competitive.staying).toBeCloseTo(370.690586, 5);
  });
});

describe('input the engine cannot use', () => {
  it('names the first score whose count is not a whole number of customers', () => {
    expect(retentionReport([1, -1, 0, 0, 0], 0)).toEqual({ ok: false, problem: { code: 'badCount', score: 2 } });
    expect(retentionReport([1, 1, 2.5, 0, 0], 0)).toEqual({ ok: false, problem: { code: 'badCount', score: 3 } });
    expect(retentionReport([1, 1, 1, Number.NaN, 0], 0)).toEqual({
      ok: false,
      problem: { code: 'badCount', score: 4 },
    });
    expect(retentionReport([1, 1, 1, 1, Infinity], 0)).toEqual({ ok: false, problem: { code: 'badCount', score: 5 } });
  });

  it('refuses a firm without customers', () => {
    expect(retentionReport([0, 0, 0, 0, 0], 0.5)).toEqual({ ok: false, problem: { code: 'noCustomers' } });
    expect(noCustomers({ score1: 0, score2: 0, score3: 0, score4: 0, score5: 0 })).toBe('noCustomers');
    expect(noCustomers({ score1: 0, score2: 0, score3: 0, score4: 0, score5: 1 })).toBeNull();
  });

  it('refuses switching costs outside 0 … 1', () => {
    for (const s of [-0.01, 1.01, Number.NaN, Infinity])
      expect(retentionReport([1, 1, 1, 1, 1], s)).toEqual({ ok: false, problem: { code: 'badSwitchingCost' } });
  });
});

describe('the unchecked engine the widget calls', () => {
  it('gives the checked report for counts the form accepts', () => {
    expect(retentionByMarket(chapterExample, 0.3)).toEqual(report(chapterExample, 0.3));
  });
});
