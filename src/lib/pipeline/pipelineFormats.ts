/**
 * The pipeline forecast's numbers, formatted once per language: money in whole yuan (compact on
 * the chart's axis, "¥120万" / "CN¥1.2M"), chances in percent, coverage ratios to two decimals,
 * and close months by name ("7月" / "July").
 */
import { numberFormats, type NumberFormats } from '../text/numberFormats.ts';

export interface PipelineFormats extends NumberFormats {
  compactMoney: (value: number) => string;
  ratio: (value: number) => string;
  month: (month: number) => string;
}

export function pipelineFormats(languageTag: string): PipelineFormats {
  const compact = new Intl.NumberFormat(languageTag, {
    style: 'currency',
    currency: 'CNY',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const ratio = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 2 });
  // Chinese textbooks write months with numerals ("9月"); its long form is "九月".
  const month = new Intl.DateTimeFormat(languageTag, {
    month: languageTag.startsWith('zh') ? 'short' : 'long',
    timeZone: 'UTC',
  });
  return {
    ...numberFormats(languageTag),
    compactMoney: (value) => compact.format(value),
    ratio: (value) => ratio.format(value),
    month: (number) => month.format(Date.UTC(2001, number - 1, 1)),
  };
}
