/**
 * The whole forecast of a pipeline against a quota, or the reason there is none: a problem the
 * widget puts in words, never an exception.
 */
import { outcomeDistribution, type Outcome } from './outcomeDistribution.ts';
import { chanceOfReaching, percentile } from './outcomePercentiles.ts';
import {
  coverage,
  forecastByMonth,
  pipelineSums,
  type Coverage,
  type MonthForecast,
  type PipelineSums,
} from './pipelineSums.ts';
import { openStages, stages, winChance, type Deal, type StageChances } from './pipelineStages.ts';

/** More deals than this could reach 2^n distinct totals: too many to work out exactly in a page. */
export const MAX_DEALS = 20;
/** Amounts are whole yuan up to this, so every total stays an exact integer. */
export const MAX_AMOUNT = 1e10;

export type ForecastProblem =
  | { code: 'noDeals' }
  | { code: 'tooManyDeals'; max: number }
  | { code: 'badDeal'; index: number }
  | { code: 'badChance'; stage: string }
  | { code: 'badQuota' };

export interface Forecast extends PipelineSums {
  quota: number;
  coverage: Coverage;
  months: MonthForecast[];
  outcomes: Outcome[];
  p10: number;
  p50: number;
  p90: number;
  /** P(X ≥ quota). */
  reachQuota: number;
}

export type ForecastReading = { ok: true; forecast: Forecast } | { ok: false; problem: ForecastProblem };

const isFraction = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 1;

function dealProblem(deals: readonly Deal[]): ForecastProblem | null {
  if (deals.length === 0) return { code: 'noDeals' };
  if (deals.length > MAX_DEALS) return { code: 'tooManyDeals', max: MAX_DEALS };
  const index = deals.findIndex(
    (deal) =>
      !Number.isInteger(deal.amount) ||
      deal.amount < 0 ||
      deal.amount > MAX_AMOUNT ||
      !Number.isInteger(deal.month) ||
      deal.month < 1 ||
      deal.month > 12 ||
      !(stages as readonly string[]).includes(deal.stage),
  );
  return index >= 0 ? { code: 'badDeal', index } : null;
}

export function pipelineForecast(deals: readonly Deal[], chances: StageChances, quota: number): ForecastReading {
  const problem = dealProblem(deals);
  if (problem) return { ok: false, problem };
  const badStage = openStages.find((stage) => !isFraction(chances[stage]));
  if (badStage) return { ok: false, problem: { code: 'badChance', stage: badStage } };
  if (!(typeof quota === 'number' && quota > 0 && Number.isFinite(quota)))
    return { ok: false, problem: { code: 'badQuota' } };

  const sums = pipelineSums(deals, chances);
  const outcomes = outcomeDistribution(
    deals.map((deal) => ({ amount: deal.amount, chance: winChance(deal.stage, chances) })),
  );
  return {
    ok: true,
    forecast: {
      ...sums,
      quota,
      coverage: coverage(sums, quota),
      months: forecastByMonth(deals, chances),
      outcomes,
      p10: percentile(outcomes, 0.1),
      p50: percentile(outcomes, 0.5),
      p90: percentile(outcomes, 0.9),
      reachQuota: chanceOfReaching(outcomes, quota),
    },
  };
}
