/**
 * Full-width forms to ordinary ones: a Chinese input method in full-width mode types "１３８"
 * and "＠" instead of "138" and "@", which look alike to a reader but never equal in a comparison.
 */

/** U+FF01–U+FF5E (full-width ASCII) to U+0021–U+007E, and the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}
