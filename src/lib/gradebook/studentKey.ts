/**
 * Which reports belong to one student, for noticing duplicates in a class: the student number when
 * the report gives one, otherwise the name. Both are compared as people type them: Unicode NFKC
 * (a full-width "Ｌｉ" is "Li"), trimmed, inner spaces collapsed and case folded.
 */
import { normalizeAnswerText } from '../quiz/normalizeAnswerText.ts';

export function studentKey(student: { name: string; number?: string | undefined }): string {
  const number = student.number === undefined ? '' : normalizeAnswerText(student.number);
  // The prefixes keep a student numbered "li" apart from an unnumbered student named "Li".
  return number === '' ? `name:${normalizeAnswerText(student.name)}` : `number:${number}`;
}
