/** URL helpers that keep every link inside the site's base path and the right locale. */
import { defaultLocale, locales, type Locale } from './locales.ts';

function withSlashes(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The URL of a page in a locale: localizedPath('en', 'chapters/01-foundations/', '/crm')
 * → '/crm/en/chapters/01-foundations/'. `path` is relative to the locale's root.
 */
export function localizedPath(locale: Locale, path: string, base: string): string {
  const prefix = locale === defaultLocale ? '' : `${locale}/`;
  return withSlashes(base) + prefix + path.replace(/^\/+/, '');
}

/** A file or page outside any locale (favicon, assets): sitePath('favicon.svg', '/crm') → '/crm/favicon.svg'. */
export function sitePath(path: string, base: string): string {
  return withSlashes(base) + path.replace(/^\/+/, '');
}

/** Which locale a pathname belongs to, and the path inside that locale. */
export function splitLocalePath(pathname: string, base: string): { locale: Locale; path: string } {
  const root = withSlashes(base);
  const inside = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    if (inside === locale || inside.startsWith(`${locale}/`)) {
      return { locale, path: inside.slice(locale.length + 1) };
    }
  }
  return { locale: defaultLocale, path: inside };
}
