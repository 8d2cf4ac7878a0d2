/**
 * Whether a quiz's single-choice keys give themselves away by length: per item, the key's length
 * against the longest other option (displayLength, in one locale), and how many items have the
 * key as the strictly longest option. A test whose right answers are mostly the longest can be
 * passed without knowing the material, so the content tests hold the share to KEY_LONGEST_LIMIT.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { QuizItem } from '../../schemas/quiz.ts';
import { displayLength } from '../text/displayLength.ts';

/** At most this share of a quiz's single-choice items may have the key as the strictly longest option. */
export const KEY_LONGEST_LIMIT = 0.4;

export interface KeyLengthRow {
  itemId: string;
  keyLength: number;
  /** The longest option other than the key. */
  longestOther: number;
  /** The key is longer than every other option (a tie does not count). */
  keyIsLongest: boolean;
}

export interface KeyLengthSummary {
  /** One row per single-choice item, in quiz order. */
  rows: KeyLengthRow[];
  longestCount: number;
  /** longestCount over the number of single-choice items; 0 when there are none. */
  share: number;
}

export function keyLengths(items: readonly QuizItem[], locale: Locale): KeyLengthSummary {
  const rows: KeyLengthRow[] = [];
  for (const item of items) {
    if (item.type !== 'single') continue;
    const lengthOf = (option: { text: Record<Locale, string> }) => displayLength(option.text[locale]);
    const key = item.options.find((option) => option.id === item.answer);
    if (!key) continue;
    const keyLength = lengthOf(key);
    const longestOther = Math.max(0, ...item.options.filter((option) => option !== key).map(lengthOf));
    rows.push({ itemId: item.id, keyLength, longestOther, keyIsLongest: keyLength > longestOther });
  }
  const longestCount = rows.filter((row) => row.keyIsLongest).length;
  return { rows, longestCount, share: rows.length === 0 ? 0 : longestCount / rows.length };
}
