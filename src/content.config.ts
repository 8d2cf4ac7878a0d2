/**
 * Content collections: chapters (MDX per locale), quizzes, complaint-handling role-play
 * scenarios, the queue simulator's words, the Kano classifier's sample survey, the SERVQUAL
 * scorer's items and presets, the loyalty matrix's customer stories, the card sorts and the
 * data-cleaning exercise's customer tables, the glossary and the exam-format practice (YAML, every
 * locale in one file).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { cardSortSchema } from './schemas/cardSort.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { dataCleaningSchema } from './schemas/dataCleaning.ts';
import { examSchema } from './schemas/exam.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { kanoSurveySchema } from './schemas/kanoSurvey.ts';
import { loyaltyStoriesSchema } from './schemas/loyaltyStories.ts';
import { queueTextSchema } from './schemas/queueText.ts';
import { servqualDataSchema } from './schemas/servqualData.ts';
import { quizSchema } from './schemas/quiz.ts';
import { scenarioSchema } from './schemas/scenario.ts';

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

/**
 * The queue simulator's presets and levers in words (content/queue/simulator.yaml), keyed by the
 * engine's ids; a missing text or an unknown id fails the build, named.
 */
const queueText = defineCollection({
  // QUEUE_TEXT_DIR, like CHAPTERS_DIR, lets a test build a broken one.
  loader: glob({ pattern: 'simulator.yaml', base: process.env.QUEUE_TEXT_DIR ?? './content/queue' }),
  schema: queueTextSchema,
});

/**
 * The Kano classifier's sample surveys in words (content/kano/<id>.yaml); their answers are the
 * CSV file beside each, checked against it when the page is built (src/data/kanoSample.ts).
 */
const kanoSurveys = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/kano' }),
  schema: kanoSurveySchema,
});

/**
 * The SERVQUAL gap scorer's items and presets (content/servqual/servqual.yaml); an item missing, a
 * rating off the scale or a split not adding up to 100 fails the build, named.
 */
const servqual = defineCollection({
  loader: glob({ pattern: 'servqual.yaml', base: './content/servqual' }),
  schema: servqualDataSchema,
});

/**
 * The loyalty matrix's customer stories (content/loyalty-matrix/stories.yaml); a missing
 * language, an unknown cell, a repeated id or a thin cell fails the build, named.
 */
const loyaltyStories = defineCollection({
  // LOYALTY_STORIES_DIR, like CHAPTERS_DIR, lets a test build a broken one.
  loader: glob({ pattern: 'stories.yaml', base: process.env.LOYALTY_STORIES_DIR ?? './content/loyalty-matrix' }),
  schema: loyaltyStoriesSchema,
});

/**
 * The data-cleaning exercise's customer tables and answer keys (content/data-cleaning/customers.yaml);
 * a repeated id, a key naming a missing row or a row in two clusters fails the build, named.
 */
const dataCleaning = defineCollection({
  loader: glob({ pattern: 'customers.yaml', base: './content/data-cleaning' }),
  schema: dataCleaningSchema,
});

/**
 * The card-sort exercises (content/card-sorts/<id>.yaml: the customer ladder, bond levels,
 * relationship stages); a missing language, a repeated id or a card in an unknown category fails
 * the build, named.
 */
const cardSorts = defineCollection({
  // CARD_SORTS_DIR, like CHAPTERS_DIR, lets a test build a broken one.
  loader: glob({ pattern: '*.yaml', base: process.env.CARD_SORTS_DIR ?? './content/card-sorts' }),
  schema: cardSortSchema,
});

/** The glossary (content/glossary.yaml): every term in both locales, with its chapter and related terms. */
const glossary = defineCollection({
  // GLOSSARY_DIR, like QUIZZES_DIR, lets a build use a fixture glossary (test/fixtures/glossary/); the
  // chapters' links read the same file (src/integrations/glossaryLinks.ts).
  loader: glob({ pattern: 'glossary.yaml', base: process.env.GLOSSARY_DIR ?? './content' }),
  schema: glossarySchema,
});

/** Exam-format practice per chapter (content/exams/NN-slug.yaml): written items with model answers and rubrics. */
const exams = defineCollection({
  // EXAMS_DIR, like QUIZZES_DIR, lets a test build a fixture set.
  loader: glob({ pattern: '*.yaml', base: process.env.EXAMS_DIR ?? './content/exams' }),
  schema: examSchema,
});

export const collections = {
  chapters,
  quizzes,
  scenarios,
  queueText,
  kanoSurveys,
  servqual,
  loyaltyStories,
  dataCleaning,
  cardSorts,
  glossary,
  exams,
};
