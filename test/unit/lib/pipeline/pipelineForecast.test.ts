/**
 * The pipeline forecast against hand-worked values.
 *
 * Three open deals (A ¥100 at proposal 50 %, July; B ¥200 needs confirmed 25 %, August; C ¥50 in
 * negotiation 80 %, July): pipeline 350, weighted 140 (see outcomeDistribution.test.ts for the
 * eight outcomes); against a ¥200 quota coverage is 350 ÷ 200 = 1.75 and 140 ÷ 200 = 0.7;
 * P(X ≥ 200) = 0.25. By month: July pipeline 150, weighted 50 + 40 = 90; August 200 and 50.
 *
 * The chapter's own example (content/chapters/en/08-crm-systems.mdx, "The weighted pipeline is
 * only an average"): Hospital A ¥2.0 m at 20 %, Factory B ¥1.0 m at 50 %, School C ¥0.5 m at 80 %:
 * weighted 0.4 + 0.5 + 0.4 = ¥1.3 m; the running total reaches 8 %, 40 %, 48 %, 80 %, 82 %, 90 %,
 * 92 %, 100 % at 0, 0.5, …, 3.5 m, so P10 = 0.5 m, P50 = 1.5 m, P90 = 2.5 m (exactly 90 %);
 * P(X ≥ 1.5 m) = 0.32 + 0.02 + 0.08 + 0.02 + 0.08 = 0.52; coverage 3.5 ÷ 1.5 and 1.3 ÷ 1.5.
 *
 * The widget's sample (src/data/samplePipeline.ts) at the chapter's chances (first contact 10 %,
 * needs confirmed 20 %, proposal 50 %, negotiation 80 %, verbal commitment 90 %): won 180,000 +
 * 90,000 = 270,000; weighted 1.2M × 0.8 + 600k × 0.5 + 300k × 0.2 + 150k × 0.9 + 70k × 0.1 +
 * 40k × 0.5 + 20k × 0.8 + 270k = 960,000 + 300,000 + 60,000 + 135,000 + 7,000 + 20,000 + 16,000 +
 * 270,000 = 1,768,000; pipeline 2,380,000 open + 270,000 won = 2,650,000 (the lost 450,000 left out).
 * Each open amount exceeds the sum of all smaller ones, so every outcome with the largest deal
 * lost lies below every outcome with it won; a percentile is found deal by deal, largest first:
 * with q left to place and the deal lost with probability 1 − p, take "lost" and q ÷ (1 − p) if
 * q ≤ 1 − p, else "won" and (q − (1 − p)) ÷ p.
 *   P10: 1.2M lost (0.1 ≤ 0.2; q = 0.5), 600k lost (0.5 ≤ 0.5; q = 1), and with q = 1 every
 *        smaller deal won: 300k + 150k + 70k + 40k + 20k + 270k = 850,000 (both large deals lost
 *        has probability exactly 0.2 × 0.5 = 0.1).
 *   P50: 1.2M won (0.5 > 0.2; q = 0.375), 600k lost (0.375 ≤ 0.5; 0.75), 300k lost (0.75 ≤ 0.8;
 *        0.9375), 150k won (> 0.1; 0.9306), 70k won (0.9306 > 0.9; 0.3056), 40k lost (≤ 0.5; 0.6111),
 *        20k won (> 0.2): 1.2M + 150k + 70k + 20k + 270k = 1,710,000.
 *   P90: 1.2M won (q = 0.875), 600k won (0.875 > 0.5; 0.75), then as for P50 from 300k on:
 *        1.2M + 600k + 150k + 70k + 20k + 270k = 2,310,000.
 * P(X ≥ 1,800,000): the open deals must bring 1,530,000, so 1.2M must be won (0.8) and then
 * 330k more: 600k won (0.5), or 600k lost and 300k won (0.5 × 0.2) with any of 150k, 70k, 40k won
 * (1 − 0.1 × 0.9 × 0.5 = 0.955); 0.8 × (0.5 + 0.1 × 0.955) = 0.4764.
 */
import { describe, expect, it } from 'vitest';
import { samplePipelineIn } from '../../../../src/data/samplePipeline.ts';
import { pipelineForecast, type Forecast } from '../../../../src/lib/pipeline/pipelineForecast.ts';
import type { Deal, StageChances } from '../../../../src/lib/pipeline/pipelineStages.ts';
import { pipelineDefaults } from '../../../../src/schemas/pipelineFields.ts';

const chances: StageChances = { contact: 0.1, needs: 0.25, proposal: 0.5, negotiation: 0.8, commitment: 0.9 };
const threeDeals: Deal[] = [
  { name: 'A', amount: 100, stage: 'proposal', month: 7 },
  { name: 'B', amount: 200, stage: 'needs', month: 8 },
  { name: 'C', amount: 50, stage: 'negotiation', month: 7 },
];

function forecastOf(deals: readonly Deal[], stageChances: StageChances, quota: number): Forecast {
  const reading = pipelineForecast(deals, stageChances, quota);
  if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
  return reading.forecast;
}

describe('pipelineForecast on three deals', () => {
  const forecast = forecastOf(threeDeals, chances, 200);

  it('sums the pipeline and weights it', () => {
    expect(forecast.pipeline).toBe(350);
    expect(forecast.weighted).toBeCloseTo(140, 12);
    expect(forecast.won).toBe(0);
  });

  it('sets both against the quota', () => {
    expect(forecast.coverage.pipeline).toBeCloseTo(1.75, 12);
    expect(forecast.coverage.weighted).toBeCloseTo(0.7, 12);
  });

  it('gives P10, P50, P90 and the chance of reaching the quota', () => {
    expect([forecast.p10, forecast.p50, forecast.p90]).toEqual([50, 150, 300]);
    expect(forecast.reachQuota).toBeCloseTo(0.25, 12);
  });

  it('splits the forecast by close month', () => {
    expect(forecast.months.map(({ month, deals, pipeline }) => [month, deals, pipeline])).toEqual([
      [7, 2, 150],
      [8, 1, 200],
    ]);
    expect(forecast.months[0]!.weighted).toBeCloseTo(90, 12);
    expect(forecast.months[1]!.weighted).toBeCloseTo(50, 12);
  });

  it('counts a won deal in full in pipeline and weighted sum, and a lost one in neither', () => {
    const settled = forecastOf(
      [
        ...threeDeals,
        { name: 'D', amount: 30, stage: 'won', month: 9 },
        { name: 'E', amount: 500, stage: 'lost', month: 9 },
      ],
      chances,
      200,
    );
    expect(settled.pipeline).toBe(380);
    expect(settled.won).toBe(30);
    expect(settled.weighted).toBeCloseTo(170, 12);
    expect([settled.p10, settled.p50, settled.p90]).toEqual([80, 180, 330]);
    // X ≥ 200 now needs the open deals to bring 170: 200, 250, 300 or 350, as before.
    expect(settled.reachQuota).toBeCloseTo(0.25, 12);
    expect(settled.months.at(-1)).toMatchObject({ month: 9, deals: 2, pipeline: 30, weighted: 30, won: 30 });
  });
});

describe('pipelineForecast on the chapter’s worked example', () => {
  const li: Deal[] = [
    { name: 'Hospital A', amount: 2_000_000, stage: 'needs', month: 3 },
    { name: 'Factory B', amount: 1_000_000, stage: 'proposal', month: 2 },
    { name: 'School C', amount: 500_000, stage: 'negotiation', month: 2 },
  ];
  const forecast = forecastOf(li, pipelineDefaults, 1_500_000);

  it('gives the chapter’s ¥1.3 m, its percentiles and its 52 %', () => {
    expect(forecast.pipeline).toBe(3_500_000);
    expect(forecast.weighted).toBeCloseTo(1_300_000, 6);
    expect([forecast.p10, forecast.p50, forecast.p90]).toEqual([500_000, 1_500_000, 2_500_000]);
    expect(forecast.reachQuota).toBeCloseTo(0.52, 12);
    expect(forecast.coverage.pipeline).toBeCloseTo(3.5 / 1.5, 12);
    expect(forecast.coverage.weighted).toBeCloseTo(1.3 / 1.5, 12);
    // February 0.5 + 0.4 = ¥0.9 m, March ¥0.4 m.
    expect(forecast.months.map(({ month, weighted }) => [month, Math.round(weighted)])).toEqual([
      [2, 900_000],
      [3, 400_000],
    ]);
  });
});

describe('pipelineForecast on the widget’s sample', () => {
  const forecast = forecastOf(samplePipelineIn('en'), pipelineDefaults, pipelineDefaults.quota);

  it('has ten deals with the same amounts, stages and months in both languages', () => {
    const strip = (deals: Deal[]) => deals.map(({ amount, stage, month }) => ({ amount, stage, month }));
    expect(samplePipelineIn('en')).toHaveLength(10);
    expect(strip(samplePipelineIn('zh-cn'))).toEqual(strip(samplePipelineIn('en')));
  });

  it('gives the hand-worked pipeline, weighted sum and coverage', () => {
    expect(pipelineDefaults.quota).toBe(1_800_000);
    expect(forecast.won).toBe(270_000);
    expect(forecast.pipeline).toBe(2_650_000);
    expect(forecast.weighted).toBeCloseTo(1_768_000, 6);
    expect(forecast.coverage.pipeline).toBeCloseTo(2_650_000 / 1_800_000, 12);
    expect(forecast.coverage.weighted).toBeCloseTo(1_768_000 / 1_800_000, 12);
  });

  it('gives the hand-worked percentiles and chance of reaching the quota', () => {
    expect([forecast.p10, forecast.p50, forecast.p90]).toEqual([850_000, 1_710_000, 2_310_000]);
    expect(forecast.reachQuota).toBeCloseTo(0.4764, 12);
    // Seven open deals with amounts that never add up alike: 2^7 distinct totals.
    expect(forecast.outcomes).toHaveLength(128);
  });

  it('forecasts July, August and September', () => {
    // July: 150k × 0.9 + 40k × 0.5 + 20k × 0.8 + 180k = 351,000 of 390,000.
    // August: 600k × 0.5 + 70k × 0.1 + 90k = 397,000 of 760,000.
    // September: 1.2M × 0.8 + 300k × 0.2 = 1,020,000 of 1,500,000 (the lost deal left out).
    expect(
      forecast.months.map(({ month, deals, pipeline, weighted }) => [month, deals, pipeline, Math.round(weighted)]),
    ).toEqual([
      [7, 4, 390_000, 351_000],
      [8, 3, 760_000, 397_000],
      [9, 3, 1_500_000, 1_020_000],
    ]);
  });
});

describe('pipelineForecast problems', () => {
  it('names what cannot be forecast instead of throwing', () => {
    expect(pipelineForecast([], chances, 100)).toEqual({ ok: false, problem: { code: 'noDeals' } });
    const many = Array.from({ length: 21 }, (_, index) => ({ ...threeDeals[0]!, name: String(index) }));
    expect(pipelineForecast(many, chances, 100)).toEqual({ ok: false, problem: { code: 'tooManyDeals', max: 20 } });
    const negative = [threeDeals[0]!, { ...threeDeals[1]!, amount: -5 }];
    expect(pipelineForecast(negative, chances, 100)).toEqual({ ok: false, problem: { code: 'badDeal', index: 1 } });
    const month13 = [{ ...threeDeals[0]!, month: 13 }];
    expect(pipelineForecast(month13, chances, 100)).toEqual({ ok: false, problem: { code: 'badDeal', index: 0 } });
    expect(pipelineForecast(threeDeals, { ...chances, proposal: 1.5 }, 100)).toEqual({
      ok: false,
      problem: { code: 'badChance', stage: 'proposal' },
    });
    expect(pipelineForecast(threeDeals, chances, 0)).toEqual({ ok: false, problem: { code: 'badQuota' } });
  });
});
