/**
 * How typed answers are compared: Unicode NFKC (full-width letters, digits and punctuation become
 * half-width; compatibility forms fold), case folded, surrounding space trimmed and inner runs of
 * space collapsed. Chinese characters themselves are left as they are.
 */
export function normalizeAnswerText(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}
