/** Content collections: chapters are MDX per locale, validated by the chapter schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';

const chapters = defineCollection({
  // CHAPTERS_DIR lets a test build a fixture set of chapters (e.g. one with a broken frontmatter).
  loader: glob({ pattern: '*/*.mdx', base: process.env.CHAPTERS_DIR ?? './content/chapters' }),
  schema: chapterSchema,
});

export const collections = { chapters };
