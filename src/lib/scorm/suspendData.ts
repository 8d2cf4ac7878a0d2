/**
 * A chapter's progress as `cmi.suspend_data` and back: the LMS keeps at most 4,096 characters for
 * a learner, so the records are written compactly (arrays instead of named fields, item ids
 * listed once without their chapter prefix, times as base-36 offsets, the latest answer per item
 * only, a role-play's best ending only), and when even
 * that is too long, parts the learner needs least to carry on are left out in a stated order
 * (COMPACTION). Decoding never throws: what it gives back is record text that the caller reads
 * with src/lib/progress/readProgress.ts, the same check every stored record passes.
 */
import type { Attempt, TestRecord } from '../../schemas/progress.ts';
import { PROGRESS_VERSION, type Progress } from '../progress/progressState.ts';
import { itemPrefix, type PackagedChapter } from './chapterRecords.ts';

/** The most characters SCORM 1.2 lets `cmi.suspend_data` hold (CMIString4096). */
export const SUSPEND_DATA_MAX = 4096;

/** The first element of every encoding: a later format can tell an older one apart. */
const FORMAT = 1;

/**
 * What is left out when the full encoding is too long, in this order, each step on top of the
 * ones before: every submitted test but the latest (the one the LMS scores); the typed form of
 * numeric answers (their values stay); the items' answers, keeping the test record with each
 * item's score and the drafts of a test under way, which is what a learner resumes.
 */
export const COMPACTION = ['olderTests', 'typedNumbers', 'attempts'] as const;
export type CompactionStep = (typeof COMPACTION)[number];

export type SuspendEncoding =
  | { ok: true; text: string; dropped: CompactionStep[] }
  /** Too long even with every step: the notice tells the learner that progress stays on this device only. */
  | { ok: false; problem: { kind: 'tooLong'; length: number } };

export type SuspendDecoding =
  { ok: true; records: Record<string, string> } | { ok: false; problem: { kind: 'unreadable' } };

type Kind = Attempt['response']['kind'];

/** One letter per answer kind, and the fields each kind keeps, in the order the arrays hold them. */
const codes: Record<Kind, string> = {
  single: 's',
  trueFalse: 'b',
  multiple: 'm',
  ordering: 'o',
  matching: 'p',
  categorising: 'c',
  numeric: 'n',
  text: 't',
  written: 'w',
};
const responseFields: Record<Kind, readonly string[]> = {
  single: ['choice'],
  trueFalse: ['choice'],
  multiple: ['choices'],
  ordering: ['order'],
  matching: ['pairs'],
  categorising: ['placements'],
  numeric: ['value', 'text'],
  text: ['text'],
  written: ['text', 'ticked'],
};
/** A draft holds what was typed, not yet a value: its numeric and written inputs differ from answers. */
const inputFields: Record<Kind, readonly string[]> = { ...responseFields, numeric: ['text'], written: ['text'] };
const kindOf = new Map(Object.entries(codes).map(([kind, code]) => [code, kind as Kind]));
/** Attempt modes, written as their index. */
const modes = ['practice', 'test', 'review'] as const;

/** `{kind, …fields}` as `[code, …values]`; a field left out becomes null, and trailing ones are dropped. */
function packAnswer(answer: { kind: Kind }, fields: Record<Kind, readonly string[]>): unknown[] {
  const values = fields[answer.kind].map((field) => (answer as unknown as Record<string, unknown>)[field] ?? null);
  while (values.length > 0 && values.at(-1) === null) values.pop();
  return [codes[answer.kind], ...values];
}

function unpackAnswer(packed: unknown, fields: Record<Kind, readonly string[]>): Record<string, unknown> | undefined {
  if (!Array.isArray(packed) || typeof packed[0] !== 'string') return undefined;
  const kind = kindOf.get(packed[0]);
  if (!kind) return undefined;
  const answer: Record<string, unknown> = { kind };
  fields[kind].forEach((field, index) => {
    const value: unknown = packed[index + 1];
    if (value !== null && value !== undefined) answer[field] = value;
  });
  return answer;
}

/** The latest attempt, by time (records keep them oldest first, but a merged record may not). */
const latestOf = (attempts: readonly Attempt[]): Attempt | undefined =>
  attempts.reduce<Attempt | undefined>(
    (latest, attempt) => (!latest || attempt.at >= latest.at ? attempt : latest),
    undefined,
  );

/** The chapter's progress with the compaction steps given applied. */
function compacted(progress: Progress, steps: readonly CompactionStep[]): Progress {
  let { answers, tests } = progress;
  if (steps.includes('olderTests')) {
    const latest = Object.entries(tests).reduce<[string, TestRecord] | undefined>(
      (found, entry) => (!found || entry[1].at >= found[1].at ? entry : found),
      undefined,
    );
    tests = latest ? { [latest[0]]: latest[1] } : {};
  }
  if (steps.includes('typedNumbers'))
    answers = Object.fromEntries(
      Object.entries(answers).map(([id, attempts]) => [
        id,
        attempts.map((attempt) =>
          attempt.response.kind === 'numeric'
            ? { ...attempt, response: { kind: 'numeric', value: attempt.response.value } }
            : attempt,
        ),
      ]),
    );
  if (steps.includes('attempts')) answers = {};
  return { ...progress, answers, tests };
}

/**
 * The compact text of the chapter's progress, however long: `[FORMAT, base time, item ids,
 * latest attempts, tests, drafts, read, widgets, role-play best endings]`. Item ids are listed once and the
 * per-item parts are arrays in their order (0 where an item has none); times are base-36 offsets
 * from the earliest; an attempt's score that equals its item's score in the latest test (the test
 * that recorded it) is written `=`.
 */
function pack(progress: Progress, chapter: PackagedChapter): string {
  const prefix = itemPrefix(chapter.slug);
  const tests = Object.entries(progress.tests).filter(([, test]) => test.chapter === chapter.slug);
  const ids = [
    ...new Set([
      ...Object.keys(progress.answers),
      ...Object.keys(progress.drafts),
      ...tests.flatMap(([, test]) => Object.keys(test.itemScores)),
    ]),
  ].sort();
  const read = progress.read[chapter.slug];
  const widgets = Object.entries(progress.widgets).filter(([key]) => key.startsWith(`${chapter.slug}:`));
  const roleplays = Object.entries(progress.roleplays);
  const times = [
    ...Object.values(progress.answers).flatMap((attempts) => attempts.map((attempt) => attempt.at)),
    ...tests.map(([, test]) => test.at),
    ...Object.values(progress.drafts).map((draft) => draft.at),
    ...(read === undefined ? [] : [read]),
    ...widgets.map(([, at]) => at),
    ...roleplays.flatMap(([, record]) => (record.best ? [record.best.at] : [])),
  ];
  const base = times.length ? Math.min(...times) : 0;
  const time = (at: number) => (at - base).toString(36);
  const latestTest = tests.reduce<TestRecord | undefined>(
    (found, [, test]) => (!found || test.at >= found.at ? test : found),
    undefined,
  );

  /** Per-item values in the order of `ids`, 0 where an item has none, trailing ones left off. */
  const perItem = (value: (id: string) => unknown) => {
    const values = ids.map((id) => value(id) ?? 0);
    while (values.length > 0 && values.at(-1) === 0) values.pop();
    return values;
  };
  const items = perItem((id) => {
    const attempt = latestOf(progress.answers[id] ?? []);
    if (!attempt) return undefined;
    const score =
      latestTest && Object.hasOwn(latestTest.itemScores, id) && latestTest.itemScores[id] === attempt.score
        ? '='
        : attempt.score;
    const packed = [
      attempt.id,
      time(attempt.at),
      attempt.fingerprint,
      score,
      modes.indexOf(attempt.mode),
      packAnswer(attempt.response, responseFields),
    ];
    if (attempt.hard !== undefined) packed.push(attempt.hard ? 1 : 0);
    return packed;
  });
  const packedTests = Object.fromEntries(
    tests.map(([id, test]) => {
      const scores = ids.map((item) => (Object.hasOwn(test.itemScores, item) ? test.itemScores[item]! : null));
      while (scores.length > 0 && scores.at(-1) === null) scores.pop();
      return [id, [time(test.at), test.score, scores]];
    }),
  );
  const drafts = perItem((id) => {
    const draft = progress.drafts[id];
    return draft ? [time(draft.at), packAnswer(draft.input, inputFields)] : undefined;
  });
  return JSON.stringify([
    FORMAT,
    base.toString(36),
    ids.map((id) => (id.startsWith(prefix) ? id.slice(prefix.length) : `=${id}`)),
    items,
    packedTests,
    drafts,
    read === undefined ? 0 : time(read),
    Object.fromEntries(widgets.map(([key, at]) => [key.slice(chapter.slug.length + 1), time(at)])),
    // Only a role-play's best ending: the conversation, with the learner's own words, stays on the
    // device, as it does when progress is exported.
    Object.fromEntries(
      roleplays.flatMap(([id, record]) => (record.best ? [[id, [record.best.ending, time(record.best.at)]]] : [])),
    ),
  ]);
}

/**
 * The chapter's progress (only the chapter's records: src/lib/scorm/chapterRecords.ts) as
 * suspend data no longer than `limit`, leaving out as few COMPACTION steps as it takes.
 */
export function encodeSuspendData(
  progress: Progress,
  chapter: PackagedChapter,
  limit = SUSPEND_DATA_MAX,
): SuspendEncoding {
  let text = pack(progress, chapter);
  const dropped: CompactionStep[] = [];
  for (const step of COMPACTION) {
    if (text.length <= limit) break;
    const shorter = pack(compacted(progress, [...dropped, step]), chapter);
    // A step that leaves nothing out (one test only, no typed numbers) is not named.
    if (shorter.length < text.length) [text, dropped[dropped.length]] = [shorter, step];
  }
  return text.length <= limit
    ? { ok: true, text, dropped }
    : { ok: false, problem: { kind: 'tooLong', length: text.length } };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Suspend data back into stored records (key without `crm:` → JSON text). The shape is checked
 * only as far as reading it needs; whether each record is valid is for readProgress to say.
 */
export function decodeSuspendData(text: string, chapter: PackagedChapter): SuspendDecoding {
  const unreadable = { ok: false as const, problem: { kind: 'unreadable' as const } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return unreadable;
  }
  if (!Array.isArray(parsed) || parsed[0] !== FORMAT) return unreadable;
  const [, baseText, shortIds, items, tests, drafts, read, widgets, roleplays] = parsed as unknown[];
  if (
    typeof baseText !== 'string' ||
    !/^[0-9a-z]{1,12}$/.test(baseText) ||
    !Array.isArray(shortIds) ||
    !shortIds.every((id) => typeof id === 'string') ||
    !Array.isArray(items) ||
    !Array.isArray(drafts) ||
    ![tests, widgets, roleplays].every(isRecord)
  )
    return unreadable;
  const base = Number.parseInt(baseText, 36);
  /** A base-36 offset as a time, or NaN (which no schema accepts) when it is not one. */
  const time = (value: unknown): number =>
    typeof value === 'string' && /^[0-9a-z]{1,12}$/.test(value) ? base + Number.parseInt(value, 36) : Number.NaN;
  const prefix = itemPrefix(chapter.slug);
  const ids = (shortIds as string[]).map((short) => (short.startsWith('=') ? short.slice(1) : `${prefix}${short}`));
  const records: Record<string, string> = {};
  const put = (key: string, value: unknown) => (records[key] = JSON.stringify(value));
  const v = PROGRESS_VERSION;

  let latestScores: unknown[] = [];
  let latestAt = -Infinity;
  for (const [id, packed] of Object.entries(tests as Record<string, unknown>)) {
    if (!Array.isArray(packed) || !Array.isArray(packed[2])) continue;
    const scores = packed[2] as unknown[];
    const at = time(packed[0]);
    if (at >= latestAt) [latestAt, latestScores] = [at, scores];
    const itemScores = Object.fromEntries(
      scores.flatMap((score, index) => (score === null || ids[index] === undefined ? [] : [[ids[index], score]])),
    );
    put(`test:${chapter.slug}:${id}`, { v, chapter: chapter.slug, at, score: packed[1], itemScores });
  }
  (items as unknown[]).forEach((packed, index) => {
    const itemId = ids[index];
    if (!Array.isArray(packed) || itemId === undefined) return;
    const [id, at, fingerprint, score, mode, response, hard] = packed as unknown[];
    const attempt: Record<string, unknown> = {
      id,
      at: time(at),
      fingerprint,
      response: unpackAnswer(response, responseFields),
      score: score === '=' ? latestScores[index] : score,
      mode: typeof mode === 'number' ? modes[mode] : undefined,
    };
    if (hard === 0 || hard === 1) attempt.hard = hard === 1;
    put(`item:${itemId}`, { v, attempts: [attempt] });
  });
  (drafts as unknown[]).forEach((packed, index) => {
    const itemId = ids[index];
    if (!Array.isArray(packed) || itemId === undefined) return;
    put(`draft:${itemId}`, { v, at: time(packed[0]), input: unpackAnswer(packed[1], inputFields) });
  });
  if (read !== 0) put(`read:${chapter.slug}`, { v, at: time(read) });
  for (const [widget, at] of Object.entries(widgets as Record<string, unknown>))
    put(`widget:${chapter.slug}:${widget}`, { v, at: time(at) });
  for (const [id, packed] of Object.entries(roleplays as Record<string, unknown>)) {
    if (!Array.isArray(packed)) continue;
    const at = time(packed[1]);
    put(`roleplay:${id}`, { v, at, best: { ending: packed[0], at }, path: [] });
  }
  return { ok: true, records };
}
