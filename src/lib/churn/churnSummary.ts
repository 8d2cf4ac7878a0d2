/** The sentences that spell out how far two firms drift apart, in the page's language. */
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NumberFormats } from '../text/numberFormats.ts';
import { expectedLifetimeYears, type ChurnScenario, type FirmComparison } from './churnCompounding.ts';

export interface ChurnSummaryTemplates {
  firmA: string;
  firmB: string;
  summaryCustomers: string;
  gapLead: string;
  gapLeadNoShare: string;
  gapNone: string;
  cohort: string;
  lifetime: string;
}

export function churnSummary(
  comparison: FirmComparison,
  churnRates: { a: number; b: number },
  scenario: ChurnScenario,
  templates: ChurnSummaryTemplates,
  formats: NumberFormats,
): string {
  const lastA = comparison.a[comparison.a.length - 1]!;
  const lastB = comparison.b[comparison.b.length - 1]!;
  const years = formats.count(scenario.years);
  // Whole customers, as the table shows them, so the sentence and the table agree to the unit.
  const customersA = Math.round(lastA.customers);
  const customersB = Math.round(lastB.customers);
  const sentences = [
    fillTemplate(templates.summaryCustomers, {
      years,
      a: formats.count(customersA),
      b: formats.count(customersB),
    }),
  ];
  const gap = Math.abs(customersA - customersB);
  if (gap === 0 && Math.round(comparison.revenueGap) === 0) {
    sentences.push(templates.gapNone);
  } else {
    const aLeads = customersA > customersB || (gap === 0 && comparison.revenueGap > 0);
    const trailing = aLeads ? customersB : customersA;
    const values = {
      leader: aLeads ? templates.firmA : templates.firmB,
      gap: formats.count(gap),
      revenueGap: formats.money(Math.abs(comparison.revenueGap)),
      years,
    };
    sentences.push(
      trailing > 0
        ? fillTemplate(templates.gapLead, { ...values, share: formats.percent(gap / trailing) })
        : fillTemplate(templates.gapLeadNoShare, values),
    );
  }
  sentences.push(
    fillTemplate(templates.cohort, {
      start: formats.count(scenario.startingCustomers),
      originalA: formats.count(lastA.originalCustomersLeft),
      originalB: formats.count(lastB.originalCustomersLeft),
    }),
  );
  // Without churn a customer never leaves: there is no average stay to state.
  if (churnRates.a > 0 && churnRates.b > 0) {
    sentences.push(
      fillTemplate(templates.lifetime, {
        lifeA: formats.decimal(expectedLifetimeYears(churnRates.a)),
        lifeB: formats.decimal(expectedLifetimeYears(churnRates.b)),
      }),
    );
  }
  return sentences.join(languageJoiner(templates.summaryCustomers));
}

/** Chinese sentences run on without a space; English ones are separated by one. */
function languageJoiner(sample: string): string {
  return /[\u4e00-\u9fff]/.test(sample) ? '' : ' ';
}
