/**
 * Property tests: whatever weights and ratings the form accepts, the index is finite, on the 1–5
 * scale and the sum of its parts, the comparison is symmetric and accounts for the gap, and the
 * sentences are whole in both languages; whatever counts the KPI form accepts, the indicators are
 * finite rates that agree with each other, or the counts get a problem to word, never an
 * exception or a NaN. Anything typed into a box is read into a value or a problem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { readField, readFields } from '../../../../src/lib/form/readField.ts';
import { countsProblems, crmKpis, type PeriodCounts } from '../../../../src/lib/loyalty-scorecard/crmKpis.ts';
import { kpiFormats } from '../../../../src/lib/loyalty-scorecard/kpiFormats.ts';
import { countsProblemText, kpiLines, kpiSummary } from '../../../../src/lib/loyalty-scorecard/kpiText.ts';
import { loyaltyGap } from '../../../../src/lib/loyalty-scorecard/loyaltyGap.ts';
import { loyaltyFormats } from '../../../../src/lib/loyalty-scorecard/loyaltyFormats.ts';
import { loyaltyIndex } from '../../../../src/lib/loyalty-scorecard/loyaltyIndex.ts';
import { loyaltyMeasures, type PerMeasure } from '../../../../src/lib/loyalty-scorecard/loyaltyMeasures.ts';
import { scorecardSummary } from '../../../../src/lib/loyalty-scorecard/scorecardSummary.ts';
import { weightTotal, weightsProblem } from '../../../../src/lib/loyalty-scorecard/weightTotal.ts';
import { kpiCountFields } from '../../../../src/schemas/crmKpiCounts.ts';
import { scorecardFields } from '../../../../src/schemas/loyaltyScorecard.ts';

const perMeasure = (values: number[]): PerMeasure =>
  Object.fromEntries(loyaltyMeasures.map((measure, index) => [measure, values[index]])) as PerMeasure;

/** Weights in whole or hundredth percentage points that add up to exactly 100 %, as a student types them. */
const weights = fc
  .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 7, maxLength: 7 })
  .filter((parts) => parts.some((part) => part > 0))
  .map((parts) => {
    const sum = parts.reduce((a, b) => a + b, 0);
    const hundredths = parts.map((part) => Math.floor((part / sum) * 10_000));
    hundredths[0]! += 10_000 - hundredths.reduce((a, b) => a + b, 0);
    return perMeasure(hundredths.map((h) => h / 10_000));
  });
const rating = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true }));
const ratings = fc.array(rating, { minLength: 7, maxLength: 7 }).map(perMeasure);

const languages = [
  { strings: dictionaries.en.loyaltyScorecard, formats: loyaltyFormats('en') },
  { strings: dictionaries['zh-cn'].loyaltyScorecard, formats: loyaltyFormats('zh-CN') },
];
const whole = (text: string) => !/NaN|undefined|Infinity|\{|−0\.00|-0\.00/.test(text);

describe('loyalty index, any weights adding to 100 % and any 1–5 ratings', () => {
  it('is finite, within 1–5, the sum of its contributions and of its two leanings', () => {
    fc.assert(
      fc.property(weights, ratings, (w, r) => {
        expect(weightsProblem(w)).toBeNull();
        const { index, contributions, byLeaning } = loyaltyIndex(w, r);
        expect(Number.isFinite(index)).toBe(true);
        expect(index).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(index).toBeLessThanOrEqual(5 + 1e-9);
        const parts = Object.values(contributions);
        expect(parts.every((part) => part >= 0 && Number.isFinite(part))).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(index, 9);
        expect(byLeaning.behaviour + byLeaning.attitude).toBeCloseTo(index, 9);
      }),
      { numRuns: 1000 },
    );
  });

  it('compares two cards the same way whichever comes first, and its named gaps account for the lead', () => {
    fc.assert(
      fc.property(weights, ratings, ratings, (w, ra, rb) => {
        const a = loyaltyIndex(w, ra);
        const b = loyaltyIndex(w, rb);
        const forward = loyaltyGap(a, b);
        const backward = loyaltyGap(b, a);
        expect(backward.gap).toBe(forward.gap);
        expect(backward.ahead).toEqual({ a: forward.ahead.b, b: forward.ahead.a });
        expect(backward.leader).toBe(forward.leader === null ? null : forward.leader === 'a' ? 'b' : 'a');
        if (forward.leader) {
          const other = forward.leader === 'a' ? 'b' : 'a';
          const sum = (side: 'a' | 'b') => forward.ahead[side].reduce((total, { gap }) => total + gap, 0);
          // Each unnamed measure differs by less than 0.005; there are at most seven.
          expect(Math.abs(sum(forward.leader) - sum(other) - forward.gap)).toBeLessThan(7 * 0.005);
        }
        for (const side of ['a', 'b'] as const) {
          const gaps = forward.ahead[side].map(({ gap }) => gap);
          expect(gaps.every((gap) => gap >= 0.005 - 1e-12)).toBe(true);
          expect(gaps.every((gap, i) => i === 0 || Math.round(gap * 100) <= Math.round(gaps[i - 1]! * 100))).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is worded in full in both languages', () => {
    fc.assert(
      fc.property(weights, ratings, ratings, (w, ra, rb) => {
        const scores = { a: loyaltyIndex(w, ra), b: loyaltyIndex(w, rb) };
        for (const { strings, formats } of languages) {
          const { indices, drivers } = scorecardSummary(scores, strings, formats);
          expect(whole(indices) && whole(drivers), `${indices} ${drivers}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('weight totals', () => {
  it('refuse exactly the totals more than a millionth away from 100 %', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 7, maxLength: 7 }), (parts) => {
        const w = perMeasure(parts);
        const total = weightTotal(w);
        const problem = weightsProblem(w);
        expect(problem === null).toBe(Math.abs(total - 1) <= 1e-6);
        if (problem) expect(problem.total).toBe(total);
      }),
    );
  });
});

describe('scorecard boxes, any text', () => {
  it('read into a value within the box’s bounds or a problem, never an exception', () => {
    const field = fc.constantFrom(...(Object.keys(scorecardFields) as (keyof typeof scorecardFields)[]));
    fc.assert(
      fc.property(
        field,
        fc.oneof(fc.string(), fc.double().map(String), fc.constantFrom('20%', '３．５', '1,5', '')),
        (name, text) => {
          const reading = readField(scorecardFields[name], text);
          if (reading.ok) {
            expect(reading.value).toBeGreaterThanOrEqual(scorecardFields[name].min);
            expect(reading.value).toBeLessThanOrEqual(scorecardFields[name].max);
          } else expect(typeof reading.problem.code).toBe('string');
        },
      ),
    );
  });
});

/** Counts that describe one population: L ≤ S, E = S − L + N, U ≤ S − L. */
const consistent = fc
  .record({
    start: fc.integer({ min: 1, max: 10_000_000 }),
    lostShare: fc.double({ min: 0, max: 1, noNaN: true }),
    newCustomers: fc.integer({ min: 0, max: 10_000_000 }),
    upgradedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    profit: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  })
  .map(({ start, lostShare, newCustomers, upgradedShare, profit }): PeriodCounts => {
    const lost = Math.floor(start * lostShare);
    return {
      start,
      lost,
      newCustomers,
      end: start - lost + newCustomers,
      upgraded: Math.floor((start - lost) * upgradedShare),
      profit,
    };
  });
const count = fc.integer({ min: 0, max: kpiCountFields.end.max });
const anyCounts = fc.record({
  start: fc.integer({ min: 1, max: kpiCountFields.start.max }),
  end: count,
  newCustomers: count,
  lost: count,
  upgraded: count,
  profit: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
});
const kpiLanguages = [
  { strings: dictionaries.en.loyaltyScorecard.kpi, formats: kpiFormats(loyaltyFormats('en'), 'en') },
  { strings: dictionaries['zh-cn'].loyaltyScorecard.kpi, formats: kpiFormats(loyaltyFormats('zh-CN'), 'zh-CN') },
];

describe('CRM indicators', () => {
  it('are finite rates that agree with each other for any counts that describe one population', () => {
    fc.assert(
      fc.property(consistent, (counts) => {
        const reading = crmKpis(counts);
        expect(reading.ok).toBe(true);
        if (!reading.ok) return;
        const { retention, defection, newRate, upgradeRate, averageProfit, growth } = reading.kpis;
        for (const rate of [retention, defection, upgradeRate]) {
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        }
        expect(retention + defection).toBeCloseTo(1, 12);
        expect(upgradeRate).toBeLessThanOrEqual(retention + 1e-12);
        expect(newRate - defection).toBeCloseTo(growth, 9);
        expect(Number.isFinite(averageProfit)).toBe(true);
        for (const { strings, formats } of kpiLanguages) {
          const texts = [
            ...kpiLines(counts, reading.kpis, strings, formats).flatMap((line) => [line.working, line.result]),
            kpiSummary(counts, reading.kpis, strings, formats),
          ];
          expect(texts.every(whole), texts.join(' | ')).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('give way to worded problems for any counts that contradict each other, never an exception', () => {
    fc.assert(
      fc.property(anyCounts, (counts) => {
        const reading = crmKpis(counts);
        const problems = countsProblems(counts);
        expect(reading.ok).toBe(problems === null);
        if (reading.ok) {
          expect(counts.end).toBe(counts.start - counts.lost + counts.newCustomers);
          expect(counts.upgraded).toBeLessThanOrEqual(counts.start - counts.lost);
          return;
        }
        expect(reading.problems.length).toBeGreaterThan(0);
        for (const problem of reading.problems)
          for (const { strings, formats } of kpiLanguages)
            expect(whole(countsProblemText(problem, counts, strings, formats))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any text in the count boxes into counts or problems', () => {
    const names = Object.keys(kpiCountFields) as (keyof typeof kpiCountFields)[];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.integer().map(String)), { minLength: 6, maxLength: 6 }),
        (texts) => {
          const reading = readFields(
            kpiCountFields,
            Object.fromEntries(names.map((name, i) => [name, texts[i]!])) as Record<(typeof names)[number], string>,
          );
          if (reading.ok) expect(() => crmKpis(reading.values)).not.toThrow();
          else expect(Object.keys(reading.problems).length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
