/** One entry point to the UI strings: `strings(locale)` and the template filler. */
import { en } from './en';
import type { Locale } from './locales';
import { zhCN, type UiStrings } from './zh-cn';

const dictionaries: Record<Locale, UiStrings> = { 'zh-cn': zhCN, en };

export function strings(locale: Locale): UiStrings {
  return dictionaries[locale];
}

export type { UiStrings };
export { fillTemplate as fill } from '../lib/text/fillTemplate';
export * from './locales';
