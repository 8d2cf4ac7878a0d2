/**
 * A student's completion report for an assignment (issue #19): the assignment itself (so the
 * gradebook can match and read a report with nothing else), who made it and when, what each task
 * came to (done, when, score, role-play ending, each quiz or exam item's answer and score) and the
 * time spent on the chapters' pages. Made on the student's device from their progress
 * (src/lib/assignment/assignmentReport.ts), handed in as a file, read back by the gradebook
 * through this schema. Its checksum catches accidental damage, not editing.
 */
import * as z from 'zod/mini';
import { locales } from '../i18n/locales.ts';
import { ENDINGS } from '../lib/roleplay/scenarioScales.ts';
import { LATEST_TIME } from '../lib/progress/progressState.ts';
import { IDS_MAX, TASKS_MAX, assignmentSchema } from './assignment.ts';
import { responseSchema } from './progress.ts';
import { REPORT_FORMAT, REPORT_VERSION, STUDENT_NAME_MAX, STUDENT_NUMBER_MAX } from '../lib/assignment/reportFormat.ts';

export { REPORT_FORMAT, REPORT_VERSION, STUDENT_NAME_MAX, STUDENT_NUMBER_MAX };

const id = z.string().check(z.minLength(1), z.maxLength(80));
const time = z.int().check(z.minimum(0), z.maximum(LATEST_TIME));
const share = z.number().check(z.minimum(0), z.maximum(1));
const hex8 = z.string().check(z.regex(/^[0-9a-f]{8}$/));

/** One quiz or exam item of a task: the score of the answer that counts, and the answer itself. */
export const itemResultSchema = z.strictObject({ id, score: share, response: responseSchema });

/** What one task of the assignment came to, in the assignment's task order. */
export const taskResultSchema = z.strictObject({
  done: z.boolean(),
  /** When it was done (or, for a quiz under way, last answered). */
  at: z.optional(time),
  /** 0–1; an item not yet answered counts 0. */
  score: z.optional(share),
  /** A role-play's best ending. */
  ending: z.optional(z.enum(ENDINGS)),
  items: z.optional(z.array(itemResultSchema).check(z.maxLength(IDS_MAX))),
});

export const reportSchema = z
  .strictObject({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(REPORT_VERSION),
    assignment: assignmentSchema,
    /** CRC-32 of the assignment's canonical JSON: reports of one assignment share it. */
    assignmentId: hex8,
    student: z.strictObject({
      name: z.string().check(z.trim(), z.minLength(1), z.maxLength(STUDENT_NAME_MAX)),
      number: z.optional(z.string().check(z.trim(), z.maxLength(STUDENT_NUMBER_MAX))),
    }),
    madeAt: time,
    /** The language the report was made in. */
    locale: z.enum(locales),
    tasks: z.array(taskResultSchema).check(z.maxLength(TASKS_MAX)),
    /** Milliseconds on each of the assignment's chapters' pages while in view and in use. */
    time: z.record(z.string().check(z.regex(/^\d\d-[a-z0-9-]+$/)), z.int().check(z.minimum(0), z.maximum(LATEST_TIME))),
    /** CRC-32 of the canonical JSON of everything above. */
    checksum: hex8,
  })
  .check(
    z.refine((report) => report.tasks.length === report.assignment.tasks.length, {
      message: 'one result per task of the assignment',
      path: ['tasks'],
    }),
  );

export type AssignmentReport = z.output<typeof reportSchema>;
export type TaskResult = z.output<typeof taskResultSchema>;
export type ItemResult = z.output<typeof itemResultSchema>;
