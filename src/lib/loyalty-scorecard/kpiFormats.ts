/**
 * The KPI calculator's numbers: the scorecard's formats plus money, written with "¥" as the
 * chapter writes it in both languages (not English's "CN¥"), whole yuan without decimals (¥600)
 * and anything else to the fen (¥12.50).
 */
import type { LoyaltyFormats } from './loyaltyFormats.ts';

export interface KpiFormats extends LoyaltyFormats {
  money: (value: number) => string;
}

/** The scorecard's formats for this language, with money added. */
export function kpiFormats(formats: LoyaltyFormats, languageTag: string): KpiFormats {
  const money = new Intl.NumberFormat(languageTag, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    trailingZeroDisplay: 'stripIfInteger',
  });
  // Half a fen either side of zero is zero: no "−¥0.00" from float noise.
  return { ...formats, money: (value) => money.format(Math.abs(value) < 0.005 ? 0 : value) };
}
