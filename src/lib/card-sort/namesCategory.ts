/**
 * Whether a card's words name the category it belongs in, which would give the answer away
 * (「财务性」 in a financial-bond card, "repeat" in a repeat customer's story). A name is found
 * whole and, when it ends in a general head word (bond, stage, customer; 纽带, 阶段, 客户), also
 * without it, since "financial" alone says as much as "financial bond". English is matched as
 * whole words regardless of case; Chinese, which has no spaces, as a run of characters.
 */

const englishHeads = /\s+(bonds?|stages?|customers?|buyers?|levels?)$/iu;
const chineseHeads = /(纽带|联系|阶段|期|客户|顾客|者|层次)$/u;

/** The names that count for one category name: the name and, if it has a head word, its stem. */
export function categoryNameForms(name: string): string[] {
  const trimmed = name.trim();
  const stem = trimmed.replace(englishHeads, '').replace(chineseHeads, '').trim();
  // A stem of one Chinese character (期 → "") or nothing at all would match too much to mean anything.
  return stem && stem !== trimmed && [...stem].length >= 2 ? [trimmed, stem] : [trimmed];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The form of the category's name that the text contains, or null when it names none. */
export function namedCategory(text: string, categoryName: string): string | null {
  for (const form of categoryNameForms(categoryName)) {
    const latin = /^[\p{Script=Latin}\d\s'’-]+$/u.test(form);
    const pattern = latin
      ? new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(form).replace(/\s+/g, '\\s+')}(?![\\p{L}\\d])`, 'iu')
      : new RegExp(escapeRegExp(form), 'u');
    if (pattern.test(text)) return form;
  }
  return null;
}
