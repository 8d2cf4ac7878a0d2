/**
 * Turns stored records (key → JSON text, as in localStorage) into progress, and progress back
 * into records. Never throws: a record that is not valid JSON or fails its schema is reported so
 * the caller can set it aside, a record from an older version is migrated, and one from a newer
 * version of the course (another tab, a newer export) is left untouched.
 */
import type * as z from 'zod/mini';
import type { ItemRecord, recordSchemas } from '../../schemas/progress.ts';
import recordJsonSchemas from '../../schemas/progressRecords.schema.json';
import { matchesSchema, type JsonSchema } from './matchesSchema.ts';
import { PROGRESS_VERSION, emptyProgress, own, storageKey, type Progress } from './progressState.ts';
import { itemRecord, readRecord, widgetRecord } from './progressRecords.ts';

export interface ReadResult {
  progress: Progress;
  /** Keys whose records could not be read: set them aside, keep working with the rest. */
  unreadable: string[];
  /** Keys whose records were migrated from an older version, with the text to store now. */
  migrated: Record<string, string>;
  /** Keys written by a newer version of the course: kept as they are, not used here. */
  newer: string[];
}

const itemId = /^ch\d+-[a-z0-9-]+$/;
const slug = /^\d{2}-[a-z0-9-]+$/;
const widgetName = /^[A-Za-z][A-Za-z0-9-]*$/;
const scenarioId = /^[a-z0-9-]+$/;
/** A mock exam paper's id, as the exam store makes them. */
const paperId = /^[a-z0-9-]{1,80}$/;
/** A submitted test's id, as the store makes them (never a built-in property name such as `__proto__`). */
const testId = /^[a-z0-9-]{1,80}$/;

type RecordKind = keyof typeof recordSchemas;
type StoredRecord<Kind extends RecordKind> = z.output<(typeof recordSchemas)[Kind]>;
// TypeScript reads the JSON module's strings as plain strings, wider than JsonSchema's unions.
const jsonSchemas = recordJsonSchemas as unknown as Record<RecordKind, JsonSchema>;

/** The value as a record of that kind, or undefined when it is not a valid one. */
function recordOf<Kind extends RecordKind>(kind: Kind, value: unknown): StoredRecord<Kind> | undefined {
  return matchesSchema(jsonSchemas[kind], value) ? (value as StoredRecord<Kind>) : undefined;
}

/** Version 1 → 2: the single answer becomes the first attempt; its item fingerprint is unknown. */
function migrateItemV1(value: unknown): ItemRecord | undefined {
  const parsed = recordOf('itemV1', value);
  if (!parsed) return undefined;
  const { response, score, at } = parsed;
  return itemRecord([{ id: `v1-${at.toString(36)}`, at, fingerprint: 'unknown', response, score, mode: 'practice' }]);
}

type Outcome = 'ok' | 'unreadable' | 'migrated' | 'newer';

/** Reads one record into `progress`; says what happened to it. */
function readEntry(progress: Progress, key: string, value: unknown): Outcome {
  const version = typeof value === 'object' && value !== null ? (value as { v?: unknown }).v : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) return 'newer';
  const [kind = '', first = '', second] = key.split(':');
  switch (kind) {
    case 'item': {
      if (!itemId.test(first) || second !== undefined) return 'unreadable';
      const current = recordOf('item', value);
      const record = current ?? migrateItemV1(value);
      if (!record) return 'unreadable';
      progress.answers[first] = [...record.attempts].sort((a, b) => a.at - b.at);
      return current ? 'ok' : 'migrated';
    }
    case 'test': {
      const record = recordOf('test', value);
      if (!record || !slug.test(first) || second === undefined || !testId.test(second) || record.chapter !== first)
        return 'unreadable';
      progress.tests[second] = record;
      return 'ok';
    }
    case 'draft': {
      const record = recordOf('draft', value);
      if (!record || !itemId.test(first) || second !== undefined) return 'unreadable';
      progress.drafts[first] = record;
      return 'ok';
    }
    case 'read':
    case 'widget': {
      const record = recordOf('mark', value);
      if (!record || !slug.test(first)) return 'unreadable';
      if (kind === 'read' && second === undefined) progress.read[first] = record.at;
      else if (kind === 'widget' && second !== undefined && widgetName.test(second))
        progress.widgets[`${first}:${second}`] = record.at;
      else return 'unreadable';
      return 'ok';
    }
    case 'roleplay': {
      const record = recordOf('roleplay', value);
      if (!record || !scenarioId.test(first) || second !== undefined) return 'unreadable';
      progress.roleplays[first] = record;
      return 'ok';
    }
    case 'mock': {
      const record = recordOf('mock', value);
      if (!record || !paperId.test(first) || second !== undefined) return 'unreadable';
      progress.mocks[first] = record;
      return 'ok';
    }
    default:
      // A kind of record this version does not know is most likely from a newer version: leave it.
      return 'newer';
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Reads records given as parsed values (an import file) or as JSON text (storage). Keys are without the `crm:` prefix. */
export function readProgress(entries: Record<string, unknown>): ReadResult {
  const result: ReadResult = { progress: emptyProgress(), unreadable: [], migrated: {}, newer: [] };
  for (const [key, raw] of Object.entries(entries)) {
    if (raw === undefined) continue;
    const json = typeof raw === 'string' ? parseJson(raw) : { ok: true as const, value: raw };
    const outcome = json.ok ? readEntry(result.progress, key, json.value) : 'unreadable';
    if (outcome === 'unreadable') result.unreadable.push(key);
    else if (outcome === 'newer') result.newer.push(key);
    else if (outcome === 'migrated') result.migrated[key] = encodeRecord(result.progress, key)!;
  }
  return result;
}

/**
 * Whether a record's text, stored under `key`, would be read back just as it is: the store checks
 * every write with it, so nothing is written that a later page would set aside.
 */
export function readsBack(key: string, text: string): boolean {
  const { unreadable, migrated, newer } = readProgress({ [key]: text });
  return unreadable.length === 0 && newer.length === 0 && Object.keys(migrated).length === 0;
}

/** The JSON text to store under `key` for the progress given, or undefined when there is nothing to store. */
export function encodeRecord(progress: Progress, key: string): string | undefined {
  const [kind = '', first = '', second = ''] = key.split(':');
  switch (kind) {
    case 'item': {
      const attempts = own(progress.answers, first);
      return attempts ? JSON.stringify(itemRecord(attempts)) : undefined;
    }
    case 'test': {
      const test = own(progress.tests, second);
      return test ? JSON.stringify(test) : undefined;
    }
    case 'draft': {
      const draft = own(progress.drafts, first);
      return draft ? JSON.stringify(draft) : undefined;
    }
    case 'read': {
      const at = own(progress.read, first);
      return at === undefined ? undefined : JSON.stringify(readRecord(at));
    }
    case 'widget': {
      const at = own(progress.widgets, `${first}:${second}`);
      return at === undefined ? undefined : JSON.stringify(widgetRecord(at));
    }
    case 'roleplay': {
      const record = own(progress.roleplays, first);
      return record ? JSON.stringify(record) : undefined;
    }
    case 'mock': {
      const record = own(progress.mocks, first);
      return record ? JSON.stringify(record) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Every record of `progress` as key → JSON text. Test drafts and mock exam papers not yet marked,
 * which are half-finished work, are left out when asked: an export does (it also reduces role-plays
 * to their best endings first).
 */
export function encodeProgress(progress: Progress, { deviceOnly = true } = {}): Record<string, string> {
  const keys = [
    ...Object.keys(progress.answers).map(storageKey.item),
    ...Object.entries(progress.tests).map(([attemptId, test]) => storageKey.test(test.chapter, attemptId)),
    ...(deviceOnly ? Object.keys(progress.drafts).map(storageKey.draft) : []),
    ...Object.keys(progress.read).map(storageKey.read),
    ...Object.keys(progress.widgets).map((key) => `widget:${key}`),
    ...Object.keys(progress.roleplays).map(storageKey.roleplay),
    ...Object.entries(progress.mocks)
      .filter(([, paper]) => deviceOnly || paper.marked !== undefined)
      .map(([id]) => storageKey.mock(id)),
  ];
  return Object.fromEntries(keys.map((key) => [key, encodeRecord(progress, key)!]));
}
