/**
 * Where glossary terms occur in one run of text. Longer forms claim their characters first and a
 * shorter form never matches inside them; Chinese matches anywhere (it has no spaces between
 * words), a Latin form only as whole words; case is ignored except in capitalised abbreviations.
 */
import type { TermForm } from './termForms.ts';

export interface TermSpan {
  id: string;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter or digit of a script written with spaces: what a Latin word must not run into. */
const WORD_CHAR = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{N}]';
const wordChar = new RegExp(`^${WORD_CHAR}$`, 'u');

const patterns = new Map<string, RegExp>();

/**
 * The pattern for one form. Only the ends of the form that are Latin letters or digits need a word
 * boundary: "CRM" must not match inside "eCRM", but "客户关系管理" matches in "的客户关系管理是".
 */
function patternOf({ form, caseSensitive }: TermForm): RegExp {
  const key = `${caseSensitive ? 'c' : 'i'}:${form}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const chars = [...form];
    const before = wordChar.test(chars[0]!) ? `(?<!${WORD_CHAR})` : '';
    const after = wordChar.test(chars.at(-1)!) ? `(?!${WORD_CHAR})` : '';
    // Any run of spaces in the text stands for the one space of the form (a line break in MDX).
    const body = escape(form).replace(/\s+/g, '\\s+');
    pattern = new RegExp(before + body + after, caseSensitive ? 'gu' : 'giu');
    patterns.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Every occurrence, longest form first, none overlapping another; in the order of the text. */
export function findTermSpans(text: string, forms: readonly TermForm[]): TermSpan[] {
  const spans: TermSpan[] = [];
  const free = (start: number, end: number) => spans.every((span) => end <= span.start || start >= span.end);
  for (const form of forms) {
    for (const match of text.matchAll(patternOf(form))) {
      const start = match.index;
      const end = start + match[0].length;
      if (free(start, end)) spans.push({ id: form.id, start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
