/** Content collections: chapters (MDX per locale) and quizzes (YAML, both locales in one file). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { quizSchema } from './schemas/quiz';

const chapters = defineCollection({
  // CHAPTERS_DIR lets a test build a fixture set of chapters (e.g. one with a broken frontmatter).
  loader: glob({ pattern: '*/*.mdx', base: process.env.CHAPTERS_DIR ?? './content/chapters' }),
  schema: chapterSchema,
});

/** One quiz per chapter (content/quizzes/NN-slug.yaml); a broken item fails the build, named. */
const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: quizSchema,
});

export const collections = { chapters, quizzes };
