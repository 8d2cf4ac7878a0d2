/**
 * A chapter's progress as `cmi.suspend_data` and back: the LMS keeps at most 4,096 characters for
 * a learner, so the records are written compactly (arrays instead of named fields, item ids
 * without their chapter prefix, times in base 36, the latest answer per item only), and when even
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
 * ones before: the role-play conversations in progress (their best endings stay); every submitted
 * test but the latest (the one the LMS scores); the typed form of numeric answers (their values
 * stay); the answers of earlier attempts per item, keeping the test record with each item's score
 * and the drafts of a test under way, which is what a learner resumes.
 */
export const COMPACTION = ['roleplayPaths', 'olderTests', 'typedNumbers', 'attempts'] as const;
export type CompactionStep = (typeof COMPACTION)[number];

export type SuspendEncoding =
  | { ok: true; text: string; dropped: CompactionStep[] }
  /** Too long even with every step: the notice tells the learner that progress stays on this device only. */
  | { ok: false; problem: { kind: 'tooLong'; length: number } };

export type SuspendDecoding =
  | { ok: true; records: Record<string, string> }
  | { ok: false; problem: { kind: 'unreadable' } };

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
const modes = { practice: 'p', test: 't', review: 'r' } as const;
const modeOf = new Map(Object.entries(modes).map(([mode, code]) => [code, mode]));

const time = (at: number): string => at.toString(36);

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
  attempts.reduce<Attempt | undefined>((latest, attempt) => (!latest || attempt.at >= latest.at ? attempt : latest), undefined);

/** The chapter's progress with the compaction steps given applied. */
function compacted(progress: Progress, steps: readonly CompactionStep[]): Progress {
  let { answers, tests, roleplays } = progress;
  if (steps.includes('roleplayPaths'))
    roleplays = Object.fromEntries(Object.entries(roleplays).map(([id, record]) => [id, { ...record, path: [] }]));
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
          attempt.response.kind === 'numeric' ? { ...attempt, response: { kind: 'numeric', value: attempt.response.value } } : attempt,
        ),
      ]),
    );
  if (steps.includes('attempts')) answers = {};
  return { ...progress, answers, tests, roleplays };
}

/** The compact text of the chapter's progress, however long. */
function pack(progress: Progress, chapter: PackagedChapter): string {
  const prefix = itemPrefix(chapter.slug);
  const short = (itemId: string) => (itemId.startsWith(prefix) ? itemId.slice(prefix.length) : `=${itemId}`);
  const items: Record<string, unknown[]> = {};
  for (const [itemId, attempts] of Object.entries(progress.answers)) {
    const attempt = latestOf(attempts);
    if (!attempt) continue;
    const packed = [attempt.id, time(attempt.at), attempt.fingerprint, attempt.score, modes[attempt.mode], packAnswer(attempt.response, responseFields)];
    if (attempt.hard !== undefined) packed.push(attempt.hard ? 1 : 0);
    items[short(itemId)] = packed;
  }
  const tests = Object.fromEntries(
    Object.entries(progress.tests)
      .filter(([, test]) => test.chapter === chapter.slug)
      .map(([id, test]) => [
        id,
        [time(test.at), test.score, Object.fromEntries(Object.entries(test.itemScores).map(([item, score]) => [short(item), score]))],
      ]),
  );
  const drafts = Object.fromEntries(
    Object.entries(progress.drafts).map(([itemId, draft]) => [short(itemId), [time(draft.at), packAnswer(draft.input, inputFields)]]),
  );
  const read = progress.read[chapter.slug];
  const widgets = Object.fromEntries(
    Object.entries(progress.widgets)
      .filter(([key]) => key.startsWith(`${chapter.slug}:`))
      .map(([key, at]) => [key.slice(chapter.slug.length + 1), time(at)]),
  );
  const roleplays = Object.fromEntries(
    Object.entries(progress.roleplays).map(([id, record]) => [
      id,
      [
        time(record.at),
        record.best ? [record.best.ending, time(record.best.at)] : 0,
        record.path.map((step) => (step.freeText === undefined ? [step.nodeId, step.choiceId] : [step.nodeId, step.choiceId, step.freeText])),
      ],
    ]),
  );
  return JSON.stringify([FORMAT, items, tests, drafts, read === undefined ? 0 : time(read), widgets, roleplays]);
}

/**
 * The chapter's progress (only the chapter's records: src/lib/scorm/chapterRecords.ts) as
 * suspend data no longer than `limit`, leaving out as few COMPACTION steps as it takes.
 */
export function encodeSuspendData(progress: Progress, chapter: PackagedChapter, limit = SUSPEND_DATA_MAX): SuspendEncoding {
  let length = 0;
  for (let count = 0; count <= COMPACTION.length; count++) {
    const dropped = COMPACTION.slice(0, count);
    const text = pack(compacted(progress, dropped), chapter);
    if (text.length <= limit) return { ok: true, text, dropped };
    length = text.length;
  }
  return { ok: false, problem: { kind: 'tooLong', length } };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A base-36 time, or NaN (which no schema accepts) when it is not one. */
const parseTime = (value: unknown): number => (typeof value === 'string' && /^[0-9a-z]{1,12}$/.test(value) ? Number.parseInt(value, 36) : Number.NaN);

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
  const [, items, tests, drafts, read, widgets, roleplays] = parsed as unknown[];
  if (![items, tests, drafts, widgets, roleplays].every(isRecord)) return unreadable;
  const prefix = itemPrefix(chapter.slug);
  const full = (short: string) => (short.startsWith('=') ? short.slice(1) : `${prefix}${short}`);
  const records: Record<string, string> = {};
  const put = (key: string, value: unknown) => (records[key] = JSON.stringify(value));
  const v = PROGRESS_VERSION;

  for (const [short, packed] of Object.entries(items as Record<string, unknown>)) {
    if (!Array.isArray(packed)) continue;
    const [id, at, fingerprint, score, mode, response, hard] = packed as unknown[];
    const attempt: Record<string, unknown> = {
      id,
      at: parseTime(at),
      fingerprint,
      response: unpackAnswer(response, responseFields),
      score,
      mode: typeof mode === 'string' ? modeOf.get(mode) : undefined,
    };
    if (hard === 0 || hard === 1) attempt.hard = hard === 1;
    put(`item:${full(short)}`, { v, attempts: [attempt] });
  }
  for (const [id, packed] of Object.entries(tests as Record<string, unknown>)) {
    if (!Array.isArray(packed) || !isRecord(packed[2])) continue;
    const itemScores = Object.fromEntries(Object.entries(packed[2]).map(([short, score]) => [full(short), score]));
    put(`test:${chapter.slug}:${id}`, { v, chapter: chapter.slug, at: parseTime(packed[0]), score: packed[1], itemScores });
  }
  for (const [short, packed] of Object.entries(drafts as Record<string, unknown>)) {
    if (!Array.isArray(packed)) continue;
    put(`draft:${full(short)}`, { v, at: parseTime(packed[0]), input: unpackAnswer(packed[1], inputFields) });
  }
  if (read !== 0) put(`read:${chapter.slug}`, { v, at: parseTime(read) });
  for (const [widget, at] of Object.entries(widgets as Record<string, unknown>))
    put(`widget:${chapter.slug}:${widget}`, { v, at: parseTime(at) });
  for (const [id, packed] of Object.entries(roleplays as Record<string, unknown>)) {
    if (!Array.isArray(packed) || !Array.isArray(packed[2])) continue;
    const record: Record<string, unknown> = { v, at: parseTime(packed[0]) };
    if (Array.isArray(packed[1])) record.best = { ending: packed[1][0], at: parseTime(packed[1][1]) };
    record.path = (packed[2] as unknown[]).map((step) => {
      const [nodeId, choiceId, freeText] = Array.isArray(step) ? (step as unknown[]) : [];
      return freeText === undefined ? { nodeId, choiceId } : { nodeId, choiceId, freeText };
    });
    put(`roleplay:${id}`, record);
  }
  return { ok: true, records };
}
