/**
 * The glossary page's instant filter: what a query matches. Chinese is written without spaces, so
 * a Chinese word matches anywhere in a term (价值 finds 客户生命周期价值); a Latin word matches the
 * start of a word, ignoring case ("life" finds "customer lifetime value", "tome" does not find
 * "customer"). Every word of the query must match. Bundled into the page's inline script
 * (src/scripts/glossary-filter.ts), so the page and these tests share one rule.
 */

const HAN = /\p{Script=Han}/u;

/**
 * Text as the filter compares it: compatibility forms folded (full-width ＣＲＭ is CRM), lower
 * case, punctuation as spaces, and a space where Han meets Latin ("CRM系统" has the word "crm").
 */
export function searchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\p{Script=Han})(?=[\p{Script=Latin}\p{N}])|([\p{Script=Latin}\p{N}])(?=\p{Script=Han})/gu, '$1$2 ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query (none for a query of spaces or punctuation, which matches everything). */
export function queryWords(query: string): string[] {
  const text = searchText(query);
  return text ? text.split(' ') : [];
}

/** Whether a term's text (as searchText gives it) has every word of the query. */
export function matchesQuery(haystack: string, words: readonly string[]): boolean {
  const spaced = ` ${haystack}`;
  return words.every((word) => spaced.includes(HAN.test(word) ? word : ` ${word}`));
}
