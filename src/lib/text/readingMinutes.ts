/**
 * Estimated reading time of a chapter body (MDX source). Chinese is counted in characters,
 * English in words, at typical silent-reading rates for study texts.
 */

/** Characters per minute for Chinese study text (typical adult range 300–500; study reading is slower). */
export const CJK_CHARS_PER_MINUTE = 300;
/** Words per minute for English study text (typical adult range 200–300). */
export const WORDS_PER_MINUTE = 200;

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/** Strips what a reader does not read: frontmatter, tags, heading ids, Markdown syntax. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{#[\w-]+\}/g, ' ')
    .replace(/[#>*_|`[\]()-]+/g, ' ');
}

export function readingMinutes(mdx: string): number {
  const text = readableText(mdx);
  const cjkChars = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[A-Za-z0-9][\w'’.-]*/g)?.length ?? 0;
  return Math.max(1, Math.round(cjkChars / CJK_CHARS_PER_MINUTE + words / WORDS_PER_MINUTE));
}
