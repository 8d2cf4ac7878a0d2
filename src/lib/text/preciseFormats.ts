/**
 * Number formats for figures a student checks against a worked example to the cent: money and
 * ratios with two decimals, and signed percentage changes (made once per language).
 */
export interface PreciseFormats {
  /** Yuan and fen, e.g. 164.0871… → "CN¥164.09" (en) or "¥164.09" (zh-CN). */
  cents: (value: number) => string;
  /** Exactly two decimals, e.g. a margin multiple 2.6666… → "2.67". */
  twoDecimals: (value: number) => string;
  /** A relative change with its sign, e.g. 0.275 → "+27.5%". */
  change: (value: number) => string;
}

export function preciseFormats(languageTag: string): PreciseFormats {
  const cents = new Intl.NumberFormat(languageTag, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const twoDecimals = new Intl.NumberFormat(languageTag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const change = new Intl.NumberFormat(languageTag, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  // Half a fen either side of zero is zero: no "−¥0.00" from float noise.
  const tidy = (value: number) => (Math.abs(value) < 0.005 ? 0 : value);
  return {
    cents: (value) => cents.format(tidy(value)),
    twoDecimals: (value) => twoDecimals.format(tidy(value)),
    change: (value) => change.format(Math.abs(value) < 0.0005 ? 0 : value),
  };
}
