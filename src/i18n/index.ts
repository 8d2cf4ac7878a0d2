/** One entry point to the UI strings: `strings(locale)` and the template filler. */
import type { Locale } from './locales.ts';
import type { UiStrings } from './types.ts';
import { dictionary as en } from './en/index.ts';
import { dictionary as zhCN } from './zh-cn/index.ts';

/** One dictionary per locale; adding a locale without its strings is a type error here. */
export const dictionaries: Record<Locale, UiStrings> = { 'zh-cn': zhCN, en };

export function strings(locale: Locale): UiStrings {
  return dictionaries[locale];
}

export type * from './types.ts';
export { fillTemplate as fill } from '../lib/text/fillTemplate.ts';
export * from './locales.ts';
