/**
 * Each tier's share of customers and of profit in one sentence, read out when the cut-offs change:
 * the chart and the table change silently, and the 80/20 line does not depend on the cut-offs.
 */
import type { CustomerPyramidStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NumberFormats } from '../text/numberFormats.ts';
import type { CustomerPyramid } from './customerPyramid.ts';

export function tierSharesSentence(
  pyramid: CustomerPyramid,
  strings: CustomerPyramidStrings,
  formats: Pick<NumberFormats, 'percent'>,
): string {
  const list = pyramid.tiers.map((tier) =>
    fillTemplate(strings.tierShares, {
      tier: strings.tierNames[tier.tier],
      customers: formats.percent(tier.customerShare),
      profit: tier.profitShare === null ? strings.noProfit : formats.percent(tier.profitShare),
    }),
  );
  return fillTemplate(strings.tierSharesList, { list: list.join(strings.tierSharesSeparator) });
}
