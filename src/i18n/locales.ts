/** The course's locales and the URL prefix of each: zh-CN is the default, at the site root. */
export const locales = ['zh-cn', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-cn';

/** The BCP 47 tag for <html lang>, hreflang and Intl formatting. */
export const languageTag: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en' };

/** The language's own name, as shown in the language switch. */
export const languageName: Record<Locale, string> = { 'zh-cn': '中文', en: 'English' };

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
