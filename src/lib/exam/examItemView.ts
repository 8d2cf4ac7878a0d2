/**
 * An exam item as a page and its island need it, in one language: the question, the material of a
 * case, the model answer in paragraphs and the rubric, with the item's total and its fingerprint.
 */
import type { ExamFormat, ExamItem } from '../../schemas/exam.ts';
import { examFingerprint } from './examFingerprint.ts';

export interface RubricPointView {
  id: string;
  marks: number;
  text: string;
}

export interface ExamItemView {
  id: string;
  chapter: number;
  format: ExamFormat;
  fingerprint: string;
  prompt: string;
  /** The case, in paragraphs (case analysis only). */
  material: string[] | undefined;
  /** The model answer, in paragraphs. */
  modelAnswer: string[];
  rubric: RubricPointView[];
  total: number;
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

export function examItemView(item: ExamItem, chapter: number, locale: string): ExamItemView {
  const pick = (text: Record<string, string>) => text[locale] ?? '';
  return {
    id: item.id,
    chapter,
    format: item.format,
    fingerprint: examFingerprint(item),
    prompt: pick(item.prompt),
    material: item.material && paragraphs(pick(item.material)),
    modelAnswer: paragraphs(pick(item.modelAnswer)),
    rubric: item.rubric.map((point) => ({ id: point.id, marks: point.marks, text: pick(point.text) })),
    total: item.rubric.reduce((sum, point) => sum + point.marks, 0),
  };
}
