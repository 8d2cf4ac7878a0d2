/**
 * The `[...locale]` segment of the routes in src/pages/[...locale]/: every page exists once per
 * locale, the default locale's at the site root (no segment), every other's under /<locale>/.
 */
import { defaultLocale, isLocale, locales, type Locale } from './locales.ts';

type LocaleParam = { locale: string | undefined };

/** The route param of a page in `locale`: undefined for the default locale, which Astro then serves at the root. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** The locale a page is rendered for, from its `[...locale]` param. */
export function routeLocale(param: string | undefined): Locale {
  if (param === undefined) return defaultLocale;
  if (param !== defaultLocale && isLocale(param)) return param;
  throw new Error(`"${param}" is not a locale route: the locales are ${locales.join(', ')}`);
}

/** getStaticPaths of a page with no other params: the page once per locale. */
export function localeParams(): { params: LocaleParam }[] {
  return locales.map((locale) => ({ params: { locale: localeParam(locale) } }));
}

/** getStaticPaths of a page with more params: `paramsOf(locale)` lists that locale's pages (a slug each, say). */
export async function localeRoutes<Params extends Record<string, string>>(
  paramsOf: (locale: Locale) => Promise<Params[]>,
): Promise<{ params: Params & LocaleParam }[]> {
  const perLocale = await Promise.all(
    locales.map(async (locale) =>
      (await paramsOf(locale)).map((params) => ({ params: { ...params, locale: localeParam(locale) } })),
    ),
  );
  return perLocale.flat();
}
