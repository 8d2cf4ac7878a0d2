/**
 * Property tests: for any pipeline the engine accepts, the outcomes' probabilities add up to 1,
 * their mean is the weighted pipeline, they agree with a plain enumeration of every win/lose
 * combination (an independent method), the percentiles are in order and within what is won and
 * the pipeline, and no number is NaN; anything else gets a problem, never an exception; and the
 * sentences are whole in both languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { forecastProblemText, forecastText } from '../../../../src/lib/pipeline/forecastText.ts';
import { pipelineForecast, type ForecastProblem } from '../../../../src/lib/pipeline/pipelineForecast.ts';
import { pipelineFormats } from '../../../../src/lib/pipeline/pipelineFormats.ts';
import { stages, winChance, type Deal, type StageChances } from '../../../../src/lib/pipeline/pipelineStages.ts';

const chance = fc.oneof(fc.constantFrom(0, 0.1, 0.25, 0.5, 0.75, 1), fc.double({ min: 0, max: 1, noNaN: true }));
const stageChances: fc.Arbitrary<StageChances> = fc.record({
  contact: chance,
  needs: chance,
  proposal: chance,
  negotiation: chance,
  commitment: chance,
});
const deal: fc.Arbitrary<Deal> = fc.record({
  name: fc.string(),
  amount: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.constantFrom(10_000, 50_000, 100_000)),
  stage: fc.constantFrom(...stages),
  month: fc.integer({ min: 1, max: 12 }),
});
const quota = fc.integer({ min: 1, max: 20_000_000 });

/** Every combination of won and lost deals, added up outcome by outcome: 2^n terms. */
function enumerate(deals: readonly Deal[], chances: StageChances): Map<number, number> {
  const totals = new Map<number, number>();
  for (let mask = 0; mask < 2 ** deals.length; mask++) {
    let total = 0;
    let probability = 1;
    deals.forEach((d, index) => {
      const p = winChance(d.stage, chances);
      const won = (mask >> index) & 1;
      probability *= won ? p : 1 - p;
      total += won ? d.amount : 0;
    });
    if (probability > 0) totals.set(total, (totals.get(total) ?? 0) + probability);
  }
  return totals;
}

describe('pipelineForecast properties', () => {
  it('gives probabilities that add up to 1, with the weighted pipeline as their mean', () => {
    fc.assert(
      fc.property(fc.array(deal, { minLength: 1, maxLength: 14 }), stageChances, quota, (deals, chances, target) => {
        const reading = pipelineForecast(deals, chances, target);
        expect(reading.ok).toBe(true);
        if (!reading.ok) return;
        const { outcomes, weighted, pipeline, won, p10, p50, p90, reachQuota } = reading.forecast;
        const sum = outcomes.reduce((total, outcome) => total + outcome.chance, 0);
        expect(sum).toBeCloseTo(1, 9);
        const mean = outcomes.reduce((total, outcome) => total + outcome.total * outcome.chance, 0);
        expect(Math.abs(mean - weighted)).toBeLessThanOrEqual(1e-9 * Math.max(1, weighted));
        expect(won).toBeLessThanOrEqual(p10);
        expect(p10).toBeLessThanOrEqual(p50);
        expect(p50).toBeLessThanOrEqual(p90);
        expect(p90).toBeLessThanOrEqual(pipeline);
        expect(weighted).toBeGreaterThanOrEqual(won - 1e-6);
        expect(weighted).toBeLessThanOrEqual(pipeline + 1e-6);
        expect(reachQuota).toBeGreaterThanOrEqual(0);
        expect(reachQuota).toBeLessThanOrEqual(1);
        for (const value of [weighted, pipeline, p10, p50, p90, reachQuota, ...outcomes.map((o) => o.chance)])
          expect(Number.isNaN(value)).toBe(false);
      }),
    );
  });

  it('agrees with an enumeration of every win/lose combination', () => {
    fc.assert(
      fc.property(fc.array(deal, { minLength: 1, maxLength: 8 }), stageChances, (deals, chances) => {
        const reading = pipelineForecast(deals, chances, 1);
        if (!reading.ok) throw new Error('valid pipeline refused');
        const expected = enumerate(deals, chances);
        const got = new Map(reading.forecast.outcomes.map((outcome) => [outcome.total, outcome.chance]));
        for (const [total, probability] of expected) expect(got.get(total) ?? 0).toBeCloseTo(probability, 9);
        for (const [total, probability] of got) expect(expected.get(total) ?? 0).toBeCloseTo(probability, 9);
      }),
    );
  });

  it('turns anything else into a problem, never an exception', () => {
    const anything = fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN), fc.constant(Infinity));
    const wildDeal = fc.record({
      name: fc.string(),
      amount: anything,
      stage: fc.oneof(fc.constantFrom(...stages), fc.string()) as fc.Arbitrary<Deal['stage']>,
      month: anything,
    });
    const wildChances = fc.record({
      contact: anything,
      needs: anything,
      proposal: anything,
      negotiation: anything,
      commitment: anything,
    });
    fc.assert(
      fc.property(fc.array(wildDeal, { maxLength: 24 }), wildChances, anything, (deals, chances, target) => {
        const reading = pipelineForecast(deals, chances, target);
        if (reading.ok) {
          expect(Number.isFinite(reading.forecast.weighted)).toBe(true);
          expect(Number.isFinite(reading.forecast.p90)).toBe(true);
        } else {
          for (const strings of [dictionaries.en.pipeline, dictionaries['zh-cn'].pipeline])
            expect(forecastProblemText(reading.problem, strings.problems)).not.toMatch(/\{|undefined/);
        }
      }),
    );
  });
});

describe('forecast sentences', () => {
  it('are whole in both languages for any pipeline', () => {
    const languages = [
      [dictionaries.en.pipeline, pipelineFormats('en')],
      [dictionaries['zh-cn'].pipeline, pipelineFormats('zh-CN')],
    ] as const;
    fc.assert(
      fc.property(fc.array(deal, { minLength: 1, maxLength: 10 }), stageChances, quota, (deals, chances, target) => {
        const reading = pipelineForecast(deals, chances, target);
        if (!reading.ok) throw new Error('valid pipeline refused');
        for (const [strings, formats] of languages) {
          const text = forecastText(reading.forecast, strings, formats);
          for (const sentence of Object.values(text)) expect(sentence).not.toMatch(/\{|NaN|undefined|Infinity/);
        }
      }),
    );
  });

  it('word every problem in both languages', () => {
    const problems: ForecastProblem[] = [
      { code: 'noDeals' },
      { code: 'tooManyDeals', max: 20 },
      { code: 'badDeal', index: 2 },
      { code: 'badChance', stage: 'contact' },
      { code: 'badQuota' },
    ];
    expect(forecastProblemText(problems[1]!, dictionaries.en.pipeline.problems)).toBe(
      'More than 20 deals are too many to work out exactly in the page.',
    );
    expect(forecastProblemText(problems[2]!, dictionaries['zh-cn'].pipeline.problems)).toBe(
      '第 3 个商机的金额、月份或阶段有误。',
    );
    for (const problem of problems)
      expect(forecastProblemText(problem, dictionaries.en.pipeline.problems)).not.toMatch(/\{/);
  });
});
