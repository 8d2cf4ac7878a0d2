/**
 * The glossary entry a chapter's key term names. A key term is written as the chapter lists it,
 * sometimes with an abbreviation or gloss after it ("客户关系管理（CRM）"); it names the entry whose
 * term or alias it is without that (the rule test/unit/glossary.test.ts holds the glossary to).
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Locale } from '../../i18n/locales.ts';

/** "客户关系管理（CRM）" → "客户关系管理"; "Customer lifetime value (CLV)" → "customer lifetime value". */
export function bareTerm(term: string): string {
  return term
    .replace(/\s*[（(][^）)]*[）)]\s*$/u, '')
    .trim()
    .toLowerCase();
}

/** A lookup from a key term to its glossary id (undefined when the glossary lacks it). */
export function keyTermIds(terms: readonly GlossaryTerm[], locale: Locale): (keyTerm: string) => string | undefined {
  const ids = new Map<string, string>();
  for (const term of terms)
    for (const form of [term[locale].term, ...(term[locale].aliases ?? [])])
      if (!ids.has(bareTerm(form))) ids.set(bareTerm(form), term.id);
  return (keyTerm) => ids.get(bareTerm(keyTerm));
}
