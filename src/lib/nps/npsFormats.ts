/** The NPS calculator's numbers, formatted once per language: signed scores, shares, counts, and sentences joined as the language joins them. */
import type { Template } from '../text/fillTemplate.ts';
import { numberFormats } from '../text/numberFormats.ts';

/** A string with a singular form where the language has one ("1 respondent") and the general form. */
export interface Plural<P extends string> {
  one: Template<P>;
  other: Template<P>;
}

export interface NpsFormats {
  count: (value: number) => string;
  /** A share, e.g. 0.525 → "52.5%". */
  percent: (value: number) => string;
  /** A score or a difference in points, signed with a true minus: +32.5, −12.3, 0. */
  points: (value: number) => string;
  /** A standard error in points, one decimal. */
  spread: (value: number) => string;
  /** Several names as one: "passives or detractors". */
  either: (names: string[]) => string;
  /** The form of a string a count takes (its {n} still to fill, formatted). */
  plural: <P extends string>(forms: Plural<P>, n: number) => Template<P>;
  /** Sentences as one text: Chinese runs them on, English puts a space between. */
  sentences: (parts: string[]) => string;
}

export function npsFormats(languageTag: string): NpsFormats {
  const { count, percent, decimal } = numberFormats(languageTag);
  const signed = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const list = new Intl.ListFormat(languageTag, { type: 'disjunction' });
  const rules = new Intl.PluralRules(languageTag);
  const joiner = languageTag.startsWith('zh') ? '' : ' ';
  return {
    count,
    percent,
    // A true minus sign, as the formula beside it ("52.5% − 20%") has, not Intl's hyphen.
    points: (value) => signed.format(value).replace('-', '−'),
    spread: decimal,
    either: (names) => list.format(names),
    plural: (forms, n) => (rules.select(n) === 'one' ? forms.one : forms.other),
    sentences: (parts) => parts.join(joiner),
  };
}
