/** The number formats a student sees, made once per language (never formatted by hand). */
export interface NumberFormats {
  /** Whole things: customers, years. */
  count: (value: number) => string;
  /** Money in yuan, whole yuan. */
  money: (value: number) => string;
  /** A share, e.g. 0.226 → "22.6%". */
  percent: (value: number) => string;
  /** A quantity to one decimal at most, e.g. 12.5 years. */
  decimal: (value: number) => string;
  /** Two decimals at most, e.g. 0.33 minutes: where a first decimal hides a difference (a formula beside a run). */
  precise: (value: number) => string;
}

export function numberFormats(languageTag: string): NumberFormats {
  const count = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(languageTag, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(languageTag, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 1 });
  const precise = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 2 });
  // Rounding half away from zero first keeps "-0" and float noise (1225.9999…) out of the text.
  const whole = (value: number) => Math.round(value) || 0;
  return {
    count: (value) => count.format(whole(value)),
    money: (value) => money.format(whole(value)),
    percent: (value) => percent.format(value),
    decimal: (value) => decimal.format(value),
    precise: (value) => precise.format(value),
  };
}
