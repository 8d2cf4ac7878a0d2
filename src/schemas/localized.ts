/**
 * Text (or any value) in every locale of src/i18n/locales.ts, as content files write it side by
 * side: `{ zh-cn: …, en: … }`. Built from the locales list, so a new locale is required in every
 * file at once; a missing locale is an error that names it, never a blank, and so is an unknown one.
 */
import { z } from 'zod';
import { locales, type Locale } from '../i18n/locales.ts';

/** A strict object with one `schema` per locale: `localized(z.number())` → `{ 'zh-cn': number, en: number }`. */
export function localized<Value extends z.ZodType>(schema: Value): z.ZodObject<Record<Locale, Value>, z.core.$strict> {
  const shape = Object.fromEntries(locales.map((locale) => [locale, schema])) as Record<Locale, Value>;
  return z.strictObject(shape);
}

/** A line or a paragraph in every locale, none of them empty. */
export const localizedText = localized(z.string().trim().min(1, 'must not be empty'));

export type LocalizedText = z.output<typeof localizedText>;
