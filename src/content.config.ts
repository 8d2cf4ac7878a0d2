/**
 * Content collections: chapters (MDX per locale), quizzes and complaint-handling role-play
 * scenarios (YAML, both locales in one file).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { quizSchema } from './schemas/quiz';
import { scenarioSchema } from './schemas/scenario';

const chapters = defineCollection({
  // CHAPTERS_DIR lets a test build a fixture set of chapters (e.g. one with a broken frontmatter).
  loader: glob({ pattern: '*/*.mdx', base: process.env.CHAPTERS_DIR ?? './content/chapters' }),
  schema: chapterSchema,
});

/** One quiz per chapter (content/quizzes/NN-slug.yaml); a broken item fails the build, named. */
const quizzes = defineCollection({
  // QUIZZES_DIR, like CHAPTERS_DIR, lets a test build a broken quiz.
  loader: glob({ pattern: '*.yaml', base: process.env.QUIZZES_DIR ?? './content/quizzes' }),
  schema: quizSchema,
});

/** Complaint-handling role-plays (content/scenarios/<id>.yaml); a broken one fails the build, naming the node. */
const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/scenarios' }),
  schema: scenarioSchema,
});

export const collections = { chapters, quizzes, scenarios };
