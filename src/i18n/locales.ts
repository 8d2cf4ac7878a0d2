/**
 * The course's locales as data: one entry per language, the first being the default, served at
 * the site root (every other locale under /<id>/). Routes, alternates, content schemas and the
 * language switch are all built from this list, so a language is added here and nowhere else
 * in the code (its UI strings and its content aside).
 */
// `id`: the URL prefix and the key of a locale's text in content files; `tag`: the BCP 47 tag for
// <html lang>, hreflang and Intl formatting; `name`: the language's own name, as the switch shows it.
const localeEntries = [
  { id: 'zh-cn', tag: 'zh-CN', name: '中文' },
  { id: 'en', tag: 'en', name: 'English' },
] as const satisfies readonly { id: string; tag: string; name: string }[];

type LocaleIds<Entries extends readonly { id: string }[]> = { [Index in keyof Entries]: Entries[Index]['id'] };

/** Every locale id, in the order of the list (the language switch and hreflang links keep it). */
export const locales = localeEntries.map((entry) => entry.id) as unknown as LocaleIds<typeof localeEntries>;
export type Locale = (typeof locales)[number];

/** The locale at the site root: the first of the list. */
export const defaultLocale: Locale = locales[0];

/** The BCP 47 tag for <html lang>, hreflang and Intl formatting. */
export const languageTag = Object.fromEntries(localeEntries.map((entry) => [entry.id, entry.tag])) as Record<
  Locale,
  string
>;

/** The language's own name, as shown in the language switch. */
export const languageName = Object.fromEntries(localeEntries.map((entry) => [entry.id, entry.name])) as Record<
  Locale,
  string
>;

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
