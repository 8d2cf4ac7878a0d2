/**
 * The retention engine's checked entry point: names what is wrong with counts or switching costs
 * (a typed problem the caller words) instead of returning NaN or throwing, then works out
 * retention in each market (marketRetention.ts). The widget's form checks its own fields, so the
 * browser calls marketRetention.ts directly; the wrapper's printed figures come through here.
 */
import { retentionByMarket, type RetentionReport, type ScoreCounts } from './marketRetention.ts';

export type RetentionProblem =
  { code: 'badCount'; score: number } | { code: 'noCustomers' } | { code: 'badSwitchingCost' };

export type RetentionReading = { ok: true; report: RetentionReport } | { ok: false; problem: RetentionProblem };

/** `counts`: customers per score, whole and not negative, not all zero; `switchingCost`: in [0, 1]. */
export function retentionReport(counts: ScoreCounts, switchingCost: number): RetentionReading {
  const bad = counts.findIndex((count) => !(Number.isSafeInteger(count) && count >= 0));
  if (bad >= 0) return { ok: false, problem: { code: 'badCount', score: bad + 1 } };
  if (!(switchingCost >= 0 && switchingCost <= 1)) return { ok: false, problem: { code: 'badSwitchingCost' } };
  if (counts.every((count) => count === 0)) return { ok: false, problem: { code: 'noCustomers' } };
  return { ok: true, report: retentionByMarket(counts, switchingCost) };
}
