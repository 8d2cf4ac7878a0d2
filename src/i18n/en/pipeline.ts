/** UI strings for the sales-pipeline forecast (chapter 8), in English. */
import type { PipelineStrings } from '../types.ts';

export const pipeline: PipelineStrings = {
  title: 'Sales-pipeline forecast: the weighted sum and what may really happen',
  intro:
    'Below are this quarter’s ten deals of an invented firm that sells warehouse-management software; the customers are invented too. Change the win probability of each stage, move deals to other stages and set the quarter’s quota, and see how the weighted pipeline, the forecast by month and what the quarter may actually bring change.',
  chancesLegend: 'Win probability of each stage, and the quota',
  fields: {
    contact: 'Win probability at first contact (%)',
    needs: 'Win probability once needs are confirmed (%)',
    proposal: 'Win probability at proposal and quote (%)',
    negotiation: 'Win probability in negotiation (%)',
    commitment: 'Win probability after a verbal commitment (%)',
    quota: 'Quota for the quarter (CNY)',
  },
  settledNote:
    'Won deals count at 100% and lost deals at 0%; those two are fixed. The default probabilities are the chapter’s illustration: a firm should set its own from the share of its past deals at each stage that were eventually won.',
  stageNames: {
    contact: 'First contact',
    needs: 'Needs confirmed',
    proposal: 'Proposal and quote',
    negotiation: 'Negotiation',
    commitment: 'Verbal commitment',
    won: 'Won',
    lost: 'Lost',
  },
  stageOf: 'Stage of “{deal}”',
  dealsCaption: 'This quarter’s deals',
  columns: {
    deal: 'Deal (customer: project)',
    amount: 'Amount',
    month: 'Expected close',
    stage: 'Stage (change it)',
    weighted: 'Weighted amount',
  },
  reset: 'Back to the sample',
  staleNotice: 'Some input needs fixing; the results below still show the last valid input.',
  weighted: 'Weighted pipeline (each deal’s amount × its stage’s win probability, added up): {weighted}.',
  coverage:
    'The pipeline (every deal not lost, won ones included) is {pipeline}: {pipelineCoverage} × the {quota} quota; the weighted pipeline is {weightedCoverage} × the quota.',
  average:
    'The weighted pipeline is an average, not a promise: each deal is either won in full or lost, so the quarter will bring one of the totals in the chart below.',
  spread:
    'There is at least a 10% chance the quarter brings {p10} or less (P10), at least an even chance of {p50} or less (P50), and at most a 10% chance of more than {p90} (P90); the chance of reaching the quota is {reach}.',
  announce: 'Weighted pipeline {weighted}, P50 {p50}, P90 {p90}, chance of reaching the quota {reach}.',
  monthsCaption: 'Forecast by expected close month',
  monthColumns: {
    month: 'Month',
    deals: 'Deals',
    pipeline: 'Pipeline',
    weighted: 'Weighted',
  },
  total: 'Total',
  chartTitle: 'What the quarter may bring: probability of each range of totals',
  chartDescription:
    'Bar chart: across, the total the quarter may bring (each deal won or lost independently); up, the probability that the total falls in each range. A solid line marks the weighted pipeline (the average), a dashed line the quota.',
  axisTotal: 'Total for the quarter',
  axisChance: 'Probability',
  meanMark: 'Weighted',
  quotaMark: 'Quota',
  percentileNote:
    'How P10, P50 and P90 are taken: the smallest total with at least a 10%, 50% or 90% chance that the quarter brings no more than it. The deals are assumed to be won or lost independently of each other, and every combination of wins and losses is added up exactly, not simulated.',
  problems: {
    noDeals: 'There are no deals to forecast.',
    tooManyDeals: 'More than {max} deals are too many to work out exactly in the page.',
    badDeal: 'Deal {n} has an amount, month or stage that cannot be used.',
    badChance: 'A stage has a win probability outside 0%–100%.',
    badQuota: 'The quota must be above zero.',
  },
};
