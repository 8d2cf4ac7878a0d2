/** The 80/20 check in words: what the top fifth earns and how few customers bring 80 % of the profit. */
import type { CustomerPyramidStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NumberFormats } from '../text/numberFormats.ts';
import type { ParetoCheck } from './paretoCheck.ts';

export function paretoSentence(
  pareto: ParetoCheck | null,
  strings: CustomerPyramidStrings,
  formats: Pick<NumberFormats, 'count' | 'percent'>,
): string {
  if (!pareto) return fillTemplate(strings.paretoNone, {});
  return fillTemplate(strings.pareto, {
    topFifth: formats.percent(pareto.profitShareOfTopFifth),
    share: formats.percent(pareto.customerShareForTarget),
    n: formats.count(pareto.customersForTarget),
  });
}
