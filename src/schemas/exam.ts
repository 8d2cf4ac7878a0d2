/**
 * Exam-format practice (content/exams/NN-slug.yaml): the written formats Chinese CRM courses are
 * examined in — 名词解释 (term), 简答 (short answer), 论述 (essay) and 案例分析 (case analysis).
 * The learner writes an answer, then sees the model answer and the rubric, and ticks the points
 * the answer covered; the score is the marks of the ticked points over the item's total.
 */
import { z } from 'zod';
import { localizedText } from './localized.ts';

export const EXAM_FORMATS = ['term', 'short', 'essay', 'case'] as const;
export type ExamFormat = (typeof EXAM_FORMATS)[number];

/** The total marks a format's rubric may add up to, as papers usually weigh them. */
export const FORMAT_MARKS: Record<ExamFormat, { min: number; max: number }> = {
  term: { min: 3, max: 5 },
  short: { min: 5, max: 10 },
  essay: { min: 10, max: 20 },
  case: { min: 10, max: 20 },
};

const pointId = z.string().regex(/^[a-z0-9-]+$/, 'point ids are lowercase letters, digits and hyphens');

const rubricPoint = z.strictObject({ id: pointId, marks: z.int().min(1).max(10), text: localizedText });

export const examItemSchema = z
  .strictObject({
    /** Stable across edits and languages: progress is keyed by it. */
    id: z.string().regex(/^ch\d+-(term|short|essay|case)-[a-z0-9-]+$/, 'exam item ids look like ch1-term-client'),
    format: z.enum(EXAM_FORMATS),
    objective: z.string().regex(/^lo-\d+-\d+$/, 'an objective id such as lo-1-2'),
    /** The question as a paper prints it. */
    prompt: localizedText,
    /** The case a 案例分析 item is about (required for that format, absent for the others). */
    material: localizedText.optional(),
    /** A full answer a good student could write in the time; paragraphs separated by blank lines. */
    modelAnswer: localizedText,
    /** 3–6 marking points, each with its marks; the item's total is their sum. */
    rubric: z
      .array(rubricPoint)
      .min(3, 'a rubric has 3 to 6 points')
      .max(6, 'a rubric has 3 to 6 points')
      .refine((points) => new Set(points.map((p) => p.id)).size === points.length, 'point ids must be unique'),
  })
  .superRefine((item, ctx) => {
    if (item.id.split('-')[1] !== item.format)
      ctx.addIssue({ code: 'custom', path: ['id'], message: `${item.id}: the id names the format (${item.format})` });
    if ((item.format === 'case') !== (item.material !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['material'],
        message: `${item.id}: a case-analysis item has material and other formats have none`,
      });
    const total = item.rubric.reduce((sum, point) => sum + point.marks, 0);
    const { min, max } = FORMAT_MARKS[item.format];
    if (total < min || total > max)
      ctx.addIssue({
        code: 'custom',
        path: ['rubric'],
        message: `${item.id}: a ${item.format} item's rubric adds up to ${min}–${max} marks, not ${total}`,
      });
  });

export const examSchema = z
  .strictObject({ chapter: z.int().min(1), items: z.array(examItemSchema).min(1) })
  .superRefine((exam, ctx) => {
    const seen = new Set<string>();
    exam.items.forEach((item, index) => {
      if (!item.id.startsWith(`ch${exam.chapter}-`))
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `${item.id}: ids start with ch${exam.chapter}-`,
        });
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `duplicate item id ${item.id}` });
      seen.add(item.id);
    });
  });

export type ExamItem = z.infer<typeof examItemSchema>;
export type Exam = z.infer<typeof examSchema>;
