/**
 * How the scorer writes its numbers, made once per language: gaps with their sign and two
 * decimals (−2.75, +0.50, 0.00), means with two decimals, points as whole numbers, and lists of
 * dimension names joined as the language joins them ("reliability and empathy", "可靠性和移情性").
 */
export interface ServqualFormats {
  gap: (value: number) => string;
  mean: (value: number) => string;
  count: (value: number) => string;
  list: (names: string[]) => string;
}

export function servqualFormats(languageTag: string): ServqualFormats {
  const two = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  const gap = new Intl.NumberFormat(languageTag, { ...two, signDisplay: 'exceptZero' });
  const mean = new Intl.NumberFormat(languageTag, two);
  const count = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(languageTag, { type: 'conjunction' });
  return {
    gap: (value) => gap.format(value),
    mean: (value) => mean.format(value),
    count: (value) => count.format(value),
    list: (names) => list.format(names),
  };
}
