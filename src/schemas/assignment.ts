/**
 * An assignment an instructor gives a class (issue #19): a title, an optional due date and
 * instructions, and the tasks — chapters to read, quizzes or chosen quiz items, role-play
 * scenarios, exam-format items and widget exercises with their starting settings. It travels in
 * the fragment of a link (src/lib/assignment/assignmentLink.ts), so every string and list has a
 * bound, and every link a student opens is read through this schema. zod/mini, as the page that
 * opens a link is a browser page.
 *
 * This schema checks the shape; whether each chapter, item or scenario exists in the course is
 * checked against the course's own lists (src/lib/assignment/assignmentReferences.ts).
 */
import * as z from 'zod/mini';
import { locales } from '../i18n/locales.ts';
import {
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
  IDS_MAX,
  INSTRUCTIONS_MAX,
  SETTINGS_MAX,
  TASKS_MAX,
  TITLE_MAX,
} from './assignmentBounds.ts';

// The bounds live in a zod-free module the instructor's form reads; they are the schema's too.
export { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION, IDS_MAX, INSTRUCTIONS_MAX, SETTINGS_MAX, TASKS_MAX, TITLE_MAX };

const slug = z.string().check(z.regex(/^\d\d-[a-z0-9-]+$/), z.maxLength(60));
const id = z.string().check(z.regex(/^[a-zA-Z0-9-]+$/), z.minLength(1), z.maxLength(80));
const ids = z.array(id).check(z.minLength(1), z.maxLength(IDS_MAX));
/** A calendar day, YYYY-MM-DD, as a date input gives it; checked to be a real day. */
const day = z.string().check(
  z.regex(/^\d{4}-\d\d-\d\d$/),
  z.refine((text) => {
    // A month 13 is an invalid Date (whose toISOString throws); 31 February rolls over to March.
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }),
);
const setting = z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean()]);

export const assignmentTaskSchema = z.discriminatedUnion('kind', [
  /** Read a chapter to its end (the progress store marks it). */
  z.strictObject({ kind: z.literal('read'), chapter: slug }),
  /** A chapter's quiz, whole or only the chosen items, in practice or test mode. */
  z.strictObject({
    kind: z.literal('quiz'),
    chapter: slug,
    mode: z.enum(['practice', 'test']),
    items: z.optional(ids),
  }),
  /** A role-play scenario, played to an ending. */
  z.strictObject({ kind: z.literal('roleplay'), scenario: id }),
  /** Exam-format items, written and self-marked. */
  z.strictObject({ kind: z.literal('exam'), items: ids }),
  /** A widget exercise from a given start; each widget reads its own settings. */
  z.strictObject({
    kind: z.literal('exercise'),
    chapter: slug,
    widget: id,
    settings: z.optional(z.record(id, setting).check(z.refine((record) => Object.keys(record).length <= SETTINGS_MAX))),
  }),
]);

export const assignmentSchema = z.strictObject({
  format: z.literal(ASSIGNMENT_FORMAT),
  version: z.literal(ASSIGNMENT_VERSION),
  /** The language the instructor wrote the title and instructions in. */
  locale: z.enum(locales),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX)),
  due: z.optional(day),
  instructions: z.optional(z.string().check(z.maxLength(INSTRUCTIONS_MAX))),
  tasks: z.array(assignmentTaskSchema).check(z.minLength(1), z.maxLength(TASKS_MAX)),
});

export type Assignment = z.output<typeof assignmentSchema>;
export type AssignmentTask = z.output<typeof assignmentTaskSchema>;
