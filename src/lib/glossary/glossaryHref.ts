/** The address of a term's entry on the glossary page of a locale, inside the site's base path. */
import { localizedPath } from '../../i18n/paths.ts';
import type { Locale } from '../../i18n/locales.ts';

/** The glossary page inside a locale ("glossary/"), as the route in src/pages/[...locale]/ serves it. */
export const glossaryPath = 'glossary/';

/** glossaryHref('en', 'customer-lifetime-value', '/crm/') → '/crm/en/glossary/#customer-lifetime-value'. */
export function glossaryHref(locale: Locale, id: string, base: string): string {
  return `${localizedPath(locale, glossaryPath, base)}#${id}`;
}
