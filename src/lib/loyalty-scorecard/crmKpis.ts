/**
 * The CRM indicators of chapter 5 from a period's customer counts: with S customers at the start,
 * N new, L lost, E at the end and U upgraded, retention (the anti-defection rate) = (E − N) ÷ S,
 * defection = L ÷ S, new-customer rate = N ÷ S, upgrade rate = U ÷ S (the chapter divides by the
 * customers at the start), and average profit = P ÷ ((S + E) ÷ 2). The counts must describe one
 * population: the lost come from the customers at the start (L ≤ S), the end is what is left
 * plus the new (E = S − L + N), and the upgraded are among those kept (U ≤ S − L).
 */

export interface PeriodCounts {
  start: number;
  end: number;
  newCustomers: number;
  lost: number;
  upgraded: number;
  /** Profit from customers in the period, in yuan (may be a loss). */
  profit: number;
}

export type CountsProblem =
  /** Rates are shares of the customers at the start: without any there is nothing to divide by. */
  | { code: 'noStart' }
  | { code: 'lostAboveStart' }
  /** `expectedEnd` = S − L + N; `impliedLost` = S + N − E, the loss these start, new and end figures imply. */
  | { code: 'unbalanced'; expectedEnd: number; impliedLost: number }
  /** `retained` = S − L. */
  | { code: 'upgradedAboveRetained'; retained: number };

export interface CrmKpis {
  /** Customers from the start still there at the end: S − L (= E − N). */
  retained: number;
  retention: number;
  defection: number;
  newRate: number;
  upgradeRate: number;
  /** (S + E) ÷ 2. */
  averageCustomers: number;
  averageProfit: number;
  /** (E − S) ÷ S. */
  growth: number;
}

/** Every way the counts contradict each other, or null when they describe one population. */
export function countsProblems({ start, end, newCustomers, lost, upgraded }: PeriodCounts): CountsProblem[] | null {
  const problems: CountsProblem[] = [];
  if (!(start > 0)) problems.push({ code: 'noStart' });
  if (lost > start) problems.push({ code: 'lostAboveStart' });
  const expectedEnd = start - lost + newCustomers;
  if (expectedEnd !== end) problems.push({ code: 'unbalanced', expectedEnd, impliedLost: start + newCustomers - end });
  // Only meaningful once the lost fit inside the start: otherwise "kept" is negative and already reported.
  if (lost <= start && upgraded > start - lost)
    problems.push({ code: 'upgradedAboveRetained', retained: start - lost });
  return problems.length > 0 ? problems : null;
}

export type KpiReading = { ok: true; kpis: CrmKpis } | { ok: false; problems: CountsProblem[] };

/** The indicators, for counts with S ≥ 1 that pass `countsProblems`; otherwise what they break. */
export function crmKpis(counts: PeriodCounts): KpiReading {
  const problems = countsProblems(counts);
  if (problems) return { ok: false, problems };
  const { start, end, newCustomers, lost, upgraded, profit } = counts;
  // E − N, the chapter's numerator; the same as S − L once the counts balance.
  const retained = end - newCustomers;
  const averageCustomers = (start + end) / 2;
  return {
    ok: true,
    kpis: {
      retained,
      retention: retained / start,
      defection: lost / start,
      newRate: newCustomers / start,
      upgradeRate: upgraded / start,
      averageCustomers,
      averageProfit: profit / averageCustomers,
      growth: (end - start) / start,
    },
  };
}
