/** The locale of the page being rendered, read from its URL (components inside MDX get no props). */
import { splitLocalePath } from './paths.ts';
import type { Locale } from './locales.ts';

export function pageLocale(url: URL): Locale {
  return splitLocalePath(url.pathname, import.meta.env.BASE_URL).locale;
}
