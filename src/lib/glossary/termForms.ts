/**
 * The forms of the glossary's terms that chapter text in one locale may use (each term and its
 * aliases), longest first, so that a longer term claims its words before a shorter one inside it
 * can (客户生命周期价值 before 客户, "customer lifetime value" before "customer").
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Locale } from '../../i18n/locales.ts';

export interface TermForm {
  /** The glossary entry the form links to. */
  id: string;
  /** The words as the glossary writes them. */
  form: string;
  /**
   * An abbreviation written in capitals (CRM, NPS, B2B) matches only in capitals, so the word
   * "crm" in a file name or "nps" inside a sentence's lowercase is not mistaken for it.
   */
  caseSensitive: boolean;
}

/** Two or more capitals, with digits, "&" or "/" between them and nothing in lower case. */
const abbreviation = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9&/.-]+$/;

/** Characters, not UTF-16 units: a Chinese term's length is the number of characters a reader sees. */
const length = (text: string) => [...text].length;

export function termForms(terms: readonly GlossaryTerm[], locale: Locale): TermForm[] {
  const seen = new Set<string>();
  const forms: TermForm[] = [];
  for (const term of terms) {
    for (const form of [term[locale].term, ...(term[locale].aliases ?? [])]) {
      const caseSensitive = abbreviation.test(form);
      // The same words listed twice (a term and its own alias, or two terms) link to the first.
      const key = caseSensitive ? form : form.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      forms.push({ id: term.id, form, caseSensitive });
    }
  }
  // Array.prototype.sort is stable: forms of equal length keep the glossary's order.
  return forms.sort((a, b) => length(b.form) - length(a.form));
}
