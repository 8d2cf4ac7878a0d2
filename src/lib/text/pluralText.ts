/** Picks the right plural form of a UI string for a count (Intl.PluralRules), then fills {n}. */
import { fillTemplate } from './fillTemplate.ts';

/** A string with a singular form where the language has one ("1 item") and the general form. */
export interface PluralForms {
  one: string;
  other: string;
}

export function pluralText(
  languageTag: string,
  forms: PluralForms,
  n: number,
  values: Record<string, string | number> = {},
): string {
  const form = new Intl.PluralRules(languageTag).select(n) === 'one' ? forms.one : forms.other;
  return fillTemplate(form, { ...values, n });
}
