/**
 * The spreadsheet view of a pipeline: its total, its weighted value (Σ amount × chance), the two
 * set against a quota, and both by expected close month. The pipeline counts every deal not lost,
 * won ones included, so that it is the most the quarter can bring and the weighted value always
 * lies between what is already won and it.
 */
import { winChance, type Deal, type StageChances } from './pipelineStages.ts';

export interface PipelineSums {
  /** Σ amount of every deal not lost. */
  pipeline: number;
  /** Σ amount × chance of winning: the average of what the quarter brings. */
  weighted: number;
  /** Σ amount of the deals already won. */
  won: number;
}

export function pipelineSums(deals: readonly Deal[], chances: StageChances): PipelineSums {
  let pipeline = 0;
  let weighted = 0;
  let won = 0;
  for (const deal of deals) {
    if (deal.stage !== 'lost') pipeline += deal.amount;
    if (deal.stage === 'won') won += deal.amount;
    weighted += deal.amount * winChance(deal.stage, chances);
  }
  return { pipeline, weighted, won };
}

export interface Coverage {
  /** Pipeline ÷ quota: how many times the deals not lost would cover the quota if all were won. */
  pipeline: number;
  /** Weighted pipeline ÷ quota: the average outcome against the quota. */
  weighted: number;
}

/** Both coverage ratios; the quota must be above zero (pipelineForecast checks it). */
export function coverage(sums: PipelineSums, quota: number): Coverage {
  return { pipeline: sums.pipeline / quota, weighted: sums.weighted / quota };
}

export interface MonthForecast extends PipelineSums {
  month: number;
  /** Deals expected to close that month, lost ones included. */
  deals: number;
}

/** The sums for each expected close month that has a deal, in calendar order. */
export function forecastByMonth(deals: readonly Deal[], chances: StageChances): MonthForecast[] {
  const months = [...new Set(deals.map((deal) => deal.month))].sort((a, b) => a - b);
  return months.map((month) => {
    const inMonth = deals.filter((deal) => deal.month === month);
    return { month, deals: inMonth.length, ...pipelineSums(inMonth, chances) };
  });
}
