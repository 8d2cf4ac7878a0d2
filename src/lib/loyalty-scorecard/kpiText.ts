/**
 * The KPI calculator in words, in the page's language: each indicator with its formula in symbols
 * and worked with the student's own counts beside the result, the sentence on growth against
 * loss, and each inconsistency in the counts spelt out with the figures that break it.
 */
import type { LoyaltyScorecardStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { CountsProblem, CrmKpis, PeriodCounts } from './crmKpis.ts';
import type { KpiFormats } from './kpiFormats.ts';

type KpiStrings = LoyaltyScorecardStrings['kpi'];

export const kpiRows = ['retention', 'defection', 'newRate', 'upgradeRate', 'averageProfit'] as const;

export type KpiRow = (typeof kpiRows)[number];

export interface KpiLine {
  row: KpiRow;
  name: string;
  /** The formula in symbols, e.g. "(E − N) ÷ S". */
  formula: string;
  /** The same with the counts, e.g. "(2,150 − 500) ÷ 2,000". */
  working: string;
  result: string;
}

export function kpiLines(counts: PeriodCounts, kpis: CrmKpis, strings: KpiStrings, formats: KpiFormats): KpiLine[] {
  const figures = {
    start: formats.count(counts.start),
    end: formats.count(counts.end),
    new: formats.count(counts.newCustomers),
    lost: formats.count(counts.lost),
    upgraded: formats.count(counts.upgraded),
    profit: formats.money(counts.profit),
    // An odd total averages to a half, shown rather than rounded away.
    average: formats.decimal(kpis.averageCustomers),
  };
  const results: Record<KpiRow, string> = {
    retention: formats.percent(kpis.retention),
    defection: formats.percent(kpis.defection),
    newRate: formats.percent(kpis.newRate),
    upgradeRate: formats.percent(kpis.upgradeRate),
    averageProfit: formats.money(kpis.averageProfit),
  };
  return kpiRows.map((row) => ({
    row,
    name: strings.rows[row].name,
    formula: strings.rows[row].formula,
    working: fillTemplate(strings.rows[row].working, figures),
    result: results[row],
  }));
}

/** Growth in customers set against new and lost, the chapter's "net growth hides the leak". */
export function kpiSummary(counts: PeriodCounts, kpis: CrmKpis, strings: KpiStrings, formats: KpiFormats): string {
  const template =
    counts.end > counts.start ? strings.growth : counts.end < counts.start ? strings.decline : strings.flat;
  return fillTemplate(template, {
    start: formats.count(counts.start),
    end: formats.count(counts.end),
    growth: formats.percent(Math.abs(kpis.growth)),
    newRate: formats.percent(kpis.newRate),
    defection: formats.percent(kpis.defection),
  });
}

export function countsProblemText(
  problem: CountsProblem,
  counts: PeriodCounts,
  strings: KpiStrings,
  formats: KpiFormats,
): string {
  const figures = {
    start: formats.count(counts.start),
    end: formats.count(counts.end),
    new: formats.count(counts.newCustomers),
    lost: formats.count(counts.lost),
    upgraded: formats.count(counts.upgraded),
  };
  switch (problem.code) {
    case 'noStart':
      return strings.problems.noStart;
    case 'lostAboveStart':
      return fillTemplate(strings.problems.lostAboveStart, figures);
    case 'unbalanced':
      return fillTemplate(strings.problems.unbalanced, { ...figures, expected: formats.count(problem.expectedEnd) });
    case 'upgradedAboveRetained':
      return fillTemplate(strings.problems.upgradedAboveRetained, {
        ...figures,
        retained: formats.count(problem.retained),
      });
  }
}
