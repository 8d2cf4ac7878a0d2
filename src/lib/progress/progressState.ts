/** The learner's progress in memory: what the stored records say, grouped the way pages ask for it. */
import type { Attempt, DraftRecord, MockRecord, RoleplayRecord, TestRecord } from '../../schemas/progress.ts';

/** The version of every record the course writes (src/schemas/progress.ts reads older ones and migrates them). */
export const PROGRESS_VERSION = 2;

/** What an export file says it is (src/lib/progress/progressFile.ts). */
export const EXPORT_FORMAT = 'crm-course-progress';

/** The latest time a record may carry: the last moment a JavaScript Date can hold (and so show), in ms. */
export const LATEST_TIME = 8_640_000_000_000_000;

/**
 * The most answers an item's record keeps: its newest, the oldest dropped first. Only an item
 * answered over a thousand times loses any, and what the course shows (the latest answer, the
 * review schedule) rests on the recent ones.
 */
export const ATTEMPTS_MAX = 1000;

/** The longest typed quiz answer a record keeps (the answer box stops there too): a text answer, and a number as typed. */
export const ANSWER_TEXT_MAX = 500;
export const NUMBER_TEXT_MAX = 200;

/** What a student may type as their own reply in one round of a role-play: enough for a considered reply, never an essay (the text box stops there too). */
export const OWN_WORDS_MAX = 600;

/**
 * The longest written exam answer a record keeps (the answer box stops there too): a 论述 essay
 * written by hand in an exam runs to about 1,500 Chinese characters; this leaves room for a full
 * English one as well.
 */
export const WRITTEN_TEXT_MAX = 6000;

/** The most rubric points one answer can tick: rubrics have 3 to 6 (src/schemas/exam.ts), with room for a longer one later. */
export const TICKS_MAX = 12;

/** The most items a mock exam paper holds (src/lib/exam/mockPaper.ts deals 11). */
export const PAPER_ITEMS_MAX = 30;

export interface Progress {
  /** Every answer per item id, oldest first. Keyed by item id, never by language. */
  answers: Record<string, Attempt[]>;
  /** Submitted tests by attempt id. */
  tests: Record<string, TestRecord>;
  /** Unsubmitted test answers by item id. */
  drafts: Record<string, DraftRecord>;
  /** When each chapter (by slug) was first read to the end. */
  read: Record<string, number>;
  /** When each widget (`<chapter>:<widget>`) was first used. */
  widgets: Record<string, number>;
  /** Complaint role-plays by scenario id: best ending reached and the conversation in progress. */
  roleplays: Record<string, RoleplayRecord>;
  /** Mock exam papers by paper id: the items drawn, the clock, the answers and, once marked, the marks. */
  mocks: Record<string, MockRecord>;
}

export const emptyProgress = (): Progress => ({
  answers: {},
  tests: {},
  drafts: {},
  read: {},
  widgets: {},
  roleplays: {},
  mocks: {},
});

/** Storage keys, all under the `crm:` prefix: one record per key so two tabs never overwrite each other's work. */
export const storageKey = {
  prefix: 'crm:',
  item: (itemId: string) => `item:${itemId}`,
  test: (chapter: string, attemptId: string) => `test:${chapter}:${attemptId}`,
  draft: (itemId: string) => `draft:${itemId}`,
  read: (chapter: string) => `read:${chapter}`,
  widget: (chapter: string, widget: string) => `widget:${chapter}:${widget}`,
  roleplay: (scenarioId: string) => `roleplay:${scenarioId}`,
  mock: (paperId: string) => `mock:${paperId}`,
  /** Where a record that could not be read is set aside (outside the prefix, so it is never read again). */
  backup: (key: string, at: number) => `crm-backup:${at}:${key}`,
};

/**
 * The value stored under an id, or undefined: only the record's own keys count, so an id that
 * happens to be a built-in property name (`constructor`, `toString`) finds nothing inherited.
 */
export const own = <Value>(records: Readonly<Record<string, Value>>, id: string): Value | undefined =>
  Object.hasOwn(records, id) ? records[id] : undefined;
