/**
 * Frontmatter of a chapter (content/chapters/<locale>/NN-slug.mdx). The build validates every
 * chapter against it, so a mistake fails with the file and the field named.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

export const objectiveSchema = z.strictObject({
  /** lo-<chapter>-<n>: quiz items point at these ids, in both locales. */
  id: z.string().regex(/^lo-\d+-\d+$/, 'must look like lo-1-2 (lo-<chapter>-<number>)'),
  text,
});

export const keyTermSchema = z.strictObject({
  term: text,
  definition: text,
});

export const chapterSchema = z
  .strictObject({
    chapter: z.int().min(1).max(99),
    title: text,
    summary: text.max(200, 'keep the summary under 200 characters'),
    /** Estimated minutes to study the chapter, widgets included (reading time is computed). */
    minutes: z.int().min(5).max(300),
    objectives: z
      .array(objectiveSchema)
      .min(3, 'list at least 3 learning objectives')
      .max(6, 'list at most 6 learning objectives'),
    keyTerms: z.array(keyTermSchema).min(1, 'list the chapter’s key terms'),
  })
  .superRefine((chapter, ctx) => {
    chapter.objectives.forEach((objective, index) => {
      const expected = `lo-${chapter.chapter}-${index + 1}`;
      if (objective.id !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectives', index, 'id'],
          message: `expected ${expected}: objective ids follow the chapter number and count up from 1`,
        });
      }
    });
  });

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
