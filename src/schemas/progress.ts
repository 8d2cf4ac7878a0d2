/**
 * What the course keeps on the device, one storage key per record, and the export file that
 * carries it to another device. Every read from storage or from a file goes through these
 * schemas. zod/mini (zod 4's tree-shakable build) keeps the browser bundle small.
 *
 * Version 2 is the format the course writes. Version 1 is the single-answer item record of the
 * first quiz draft (one response, no history, no fingerprint); it is read and migrated, and stands
 * as the worked example of how a migration is added when the format changes again.
 */
import * as z from 'zod/mini';
import { ENDINGS } from '../lib/roleplay/scenarioScales.ts';

import {
  ANSWER_TEXT_MAX,
  ATTEMPTS_MAX,
  EXPORT_FORMAT,
  LATEST_TIME,
  NUMBER_TEXT_MAX,
  OWN_WORDS_MAX,
  PAPER_ITEMS_MAX,
  PROGRESS_VERSION,
  TICKS_MAX,
  WRITTEN_TEXT_MAX,
} from '../lib/progress/progressState.ts';

export { EXPORT_FORMAT, PROGRESS_VERSION };

const id = z.string().check(z.minLength(1), z.maxLength(80));
/** A moment as milliseconds since 1970, never past what a date can show (a later one would break every page that prints it). */
const time = z.int().check(z.minimum(0), z.maximum(LATEST_TIME));
const share = z.number().check(z.minimum(0), z.maximum(1));

export const responseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), choice: id }),
  z.strictObject({ kind: z.literal('trueFalse'), choice: z.boolean() }),
  z.strictObject({ kind: z.literal('multiple'), choices: z.array(id).check(z.maxLength(50)) }),
  z.strictObject({ kind: z.literal('ordering'), order: z.array(id).check(z.maxLength(50)) }),
  z.strictObject({ kind: z.literal('matching'), pairs: z.record(id, id) }),
  z.strictObject({ kind: z.literal('categorising'), placements: z.record(id, id) }),
  z.strictObject({
    kind: z.literal('numeric'),
    value: z.number(),
    text: z.optional(z.string().check(z.maxLength(NUMBER_TEXT_MAX))),
  }),
  z.strictObject({ kind: z.literal('text'), text: z.string().check(z.maxLength(ANSWER_TEXT_MAX)) }),
  /** An exam-format answer: what the learner wrote and the rubric points they judged it to cover. */
  z.strictObject({
    kind: z.literal('written'),
    text: z.string().check(z.maxLength(WRITTEN_TEXT_MAX)),
    ticked: z.array(id).check(z.maxLength(TICKS_MAX)),
  }),
]);

/** What a learner has entered in test mode so far, possibly incomplete (src/lib/quiz/itemInput.ts). */
export const itemInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), choice: z.optional(id) }),
  z.strictObject({ kind: z.literal('trueFalse'), choice: z.optional(z.boolean()) }),
  z.strictObject({ kind: z.literal('multiple'), choices: z.array(id).check(z.maxLength(50)) }),
  z.strictObject({ kind: z.literal('ordering'), order: z.array(id).check(z.maxLength(50)) }),
  z.strictObject({ kind: z.literal('matching'), pairs: z.record(id, id) }),
  z.strictObject({ kind: z.literal('categorising'), placements: z.record(id, id) }),
  z.strictObject({ kind: z.literal('numeric'), text: z.string().check(z.maxLength(NUMBER_TEXT_MAX)) }),
  z.strictObject({ kind: z.literal('text'), text: z.string().check(z.maxLength(ANSWER_TEXT_MAX)) }),
  /** An exam-format answer being written, saved while the learner types. */
  z.strictObject({ kind: z.literal('written'), text: z.string().check(z.maxLength(WRITTEN_TEXT_MAX)) }),
]);

/** One answer to one item. `hard` is the learner's own "this was hard for me", which sends it to review. */
export const attemptSchema = z.strictObject({
  id,
  at: time,
  fingerprint: z.string().check(z.minLength(1), z.maxLength(24)),
  response: responseSchema,
  score: share,
  mode: z.enum(['practice', 'test', 'review']),
  hard: z.optional(z.boolean()),
});

/** `item:<itemId>`: every answer the learner gave to the item, oldest first. */
export const itemRecordSchema = z.strictObject({
  v: z.literal(PROGRESS_VERSION),
  attempts: z.array(attemptSchema).check(z.maxLength(ATTEMPTS_MAX)),
});

/** `item:<itemId>` as version 1 wrote it. */
export const itemRecordV1Schema = z.strictObject({
  v: z.literal(1),
  response: responseSchema,
  score: share,
  at: time,
});

/** `test:<chapter>:<attemptId>`: one submitted test of a chapter's quiz. */
export const testRecordSchema = z.strictObject({
  v: z.literal(PROGRESS_VERSION),
  chapter: id,
  at: time,
  score: share,
  itemScores: z.record(id, share),
});

/** `draft:<itemId>`: an answer given in test mode, kept until the test is submitted. */
export const draftRecordSchema = z.strictObject({ v: z.literal(PROGRESS_VERSION), at: time, input: itemInputSchema });

/** `read:<chapter>` and `widget:<chapter>:<widget>`: when the learner first finished or used it. */
export const markRecordSchema = z.strictObject({ v: z.literal(PROGRESS_VERSION), at: time });

/**
 * `roleplay:<scenarioId>`: the best ending the learner has reached in a complaint role-play, and
 * the conversation in progress or last finished (the replies picked, with the learner's own words),
 * so a reload resumes it and the debrief can set the words beside the replies. `at` is when the
 * path last changed. Only the best ending is exported: the conversation stays on this device.
 */
export const roleplayRecordSchema = z.strictObject({
  v: z.literal(PROGRESS_VERSION),
  at: time,
  best: z.optional(z.strictObject({ ending: z.enum(ENDINGS), at: time })),
  path: z
    .array(
      z.strictObject({
        nodeId: id,
        choiceId: id,
        freeText: z.optional(z.string().check(z.minLength(1), z.maxLength(OWN_WORDS_MAX))),
      }),
    )
    .check(z.maxLength(200)),
});

const marks = z.int().check(z.minimum(0), z.maximum(1000));

/**
 * `mock:<paperId>`: one mock exam paper. `items` are the exam items drawn, in paper order; the
 * clock counts `used` ms of `limit`, plus the time since `running` while it runs; `answers` is
 * what the learner wrote; `ticks` the rubric points ticked while marking; `marked` holds the
 * paper's total once the learner has marked it (each answer is then also recorded, with its own
 * score, as an attempt under `item:<itemId>`, so the items join the review queue). A paper not yet marked
 * stays on the device, as test drafts do; a marked one is exported.
 */
export const mockRecordSchema = z.strictObject({
  v: z.literal(PROGRESS_VERSION),
  at: time,
  items: z.array(id).check(z.maxLength(PAPER_ITEMS_MAX)),
  limit: z.int().check(z.minimum(60_000), z.maximum(24 * 3_600_000)),
  used: z.int().check(z.minimum(0), z.maximum(LATEST_TIME)),
  running: z.optional(time),
  answers: z.record(id, z.string().check(z.maxLength(WRITTEN_TEXT_MAX))),
  ticks: z.record(id, z.array(id).check(z.maxLength(TICKS_MAX))),
  submitted: z.optional(time),
  marked: z.optional(z.strictObject({ at: time, got: marks, total: marks })),
});

/**
 * Every kind of stored record, by the name src/schemas/progressRecords.schema.json gives its JSON
 * Schema: the browser reads records with that JSON (src/lib/progress/matchesSchema.ts), which a
 * unit test writes from these schemas and keeps equal to them.
 */
export const recordSchemas = {
  item: itemRecordSchema,
  itemV1: itemRecordV1Schema,
  test: testRecordSchema,
  draft: draftRecordSchema,
  mark: markRecordSchema,
  roleplay: roleplayRecordSchema,
  mock: mockRecordSchema,
};

/** The export file; its entries are checked one by one with the schemas above. */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int().check(z.minimum(1)),
  exportedAt: z.string(),
  entries: z.record(z.string(), z.unknown()),
});

export type StoredResponse = z.infer<typeof responseSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type ItemRecord = z.infer<typeof itemRecordSchema>;
export type TestRecord = z.infer<typeof testRecordSchema>;
export type DraftRecord = z.infer<typeof draftRecordSchema>;
export type MarkRecord = z.infer<typeof markRecordSchema>;
export type RoleplayRecord = z.infer<typeof roleplayRecordSchema>;
export type MockRecord = z.infer<typeof mockRecordSchema>;
