/** One entry point to the UI strings: `strings(locale)` and the template filler. */
import type { Locale } from './locales';
import type { UiStrings } from './types';
import { dictionary as en } from './en';
import { dictionary as zhCN } from './zh-cn';

/** One dictionary per locale; adding a locale without its strings is a type error here. */
export const dictionaries: Record<Locale, UiStrings> = { 'zh-cn': zhCN, en };

export function strings(locale: Locale): UiStrings {
  return dictionaries[locale];
}

export type * from './types';
export { fillTemplate as fill } from '../lib/text/fillTemplate';
export * from './locales';
