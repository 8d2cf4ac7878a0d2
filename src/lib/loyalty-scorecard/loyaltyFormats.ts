/**
 * The loyalty scorecard's numbers, formatted once per language: indices and contributions to two
 * decimals (as the chapter works them), weights and rates in percent, counts, ratings, and lists
 * and sentences joined as the language joins them. Money is the KPI calculator's alone
 * (kpiFormats.ts), so it loads with that part.
 */
import { numberFormats } from '../text/numberFormats.ts';
import { INDEX_DECIMALS } from './loyaltyGap.ts';

export interface LoyaltyFormats {
  /** An index, a contribution or a rating, e.g. 3.3 → "3.30". */
  index: (value: number) => string;
  /** A weight or a rate, e.g. 0.825 → "82.5%". */
  percent: (value: number) => string;
  count: (value: number) => string;
  /** A rating or an average count with the decimals it has, up to two: 3 → "3", 2075.5 → "2,075.5". */
  decimal: (value: number) => string;
  /** "a, b and c" / "a、b和c". */
  list: (items: string[]) => string;
  /** Sentences as one text: Chinese runs them on, English puts a space between. */
  sentences: (parts: string[]) => string;
}

export function loyaltyFormats(languageTag: string): LoyaltyFormats {
  const { count, percent } = numberFormats(languageTag);
  const index = new Intl.NumberFormat(languageTag, {
    minimumFractionDigits: INDEX_DECIMALS,
    maximumFractionDigits: INDEX_DECIMALS,
  });
  const decimal = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 2 });
  const list = new Intl.ListFormat(languageTag);
  const joiner = languageTag.startsWith('zh') ? '' : ' ';
  // Half a unit of the last digit either side of zero is zero: no "−0.00" from float noise.
  const tidy = (value: number, step: number) => (Math.abs(value) < step / 2 ? 0 : value);
  return {
    index: (value) => index.format(tidy(value, 0.01)),
    percent: (value) => percent(tidy(value, 0.001)),
    count,
    decimal: (value) => decimal.format(tidy(value, 0.01)),
    list: (items) => list.format(items),
    sentences: (parts) => parts.join(joiner),
  };
}
