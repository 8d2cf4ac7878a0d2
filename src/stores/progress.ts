/**
 * The learner's progress on this device: one localStorage record per item, test, chapter read and
 * widget used (via @nanostores/persistent's map, which stores each key on its own and picks up
 * other tabs' changes from the storage event), so two tabs answering different items never
 * overwrite each other. Every answer is written the moment it is given. Reading, merging and
 * migrating live in src/lib/progress; this module only connects them to storage. Tests
 * (testProgress.ts), role-plays (roleplayProgress.ts) and imports (importProgress.ts) write through
 * it from modules of their own, so a chapter's quiz does not carry their code.
 */
import { persistentMap } from '@nanostores/persistent';
import { atom, computed, onMount } from 'nanostores';
import type { StoredResponse } from '../schemas/progress.ts';
import { storageKey, type Progress } from '../lib/progress/progressState.ts';
import { readRecord } from '../lib/progress/progressRecords.ts';
import { encodeRecord, readProgress, readsBack } from '../lib/progress/readProgress.ts';
import { forgetLearnerSeed } from './learnerSeed.ts';
import { askToKeepStorage } from './persistence.ts';

export type StorageNotice =
  /** Records that could not be read were set aside under a backup key; the rest works. */
  | { kind: 'setAside'; count: number }
  /** Records that could not be read were removed, with no room left for a backup copy. */
  | { kind: 'removed'; count: number }
  /** The browser's storage is full: the latest change was not saved. */
  | { kind: 'quota' }
  /** Storage is blocked (private mode, settings): progress lasts only while the page is open. */
  | { kind: 'unavailable' };

const records = persistentMap<Record<string, string | undefined>>(storageKey.prefix, {});

export const progress = computed(records, (raw) => readProgress(raw).progress);
export const storageNotice = atom<StorageNotice | undefined>(undefined);

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

const isQuotaError = (error: unknown) =>
  error instanceof DOMException && ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'].includes(error.name);

/** Tells the learner that a write failed: storage full, or blocked. */
export function reportWriteFailure(error: unknown): void {
  storageNotice.set({ kind: isQuotaError(error) ? 'quota' : 'unavailable' });
}

/**
 * Writes one record (none when `text` is undefined); a full or blocked storage is reported to the
 * learner, never swallowed. A record that would not read back as written is not written at all
 * (false: the caller says so where the learner is looking). For this store's own modules
 * (role-plays, imports), which the pages that need them load beside it.
 */
export function write(key: string, text: string | undefined): boolean {
  if (text !== undefined && !readsBack(key, text)) return false;
  try {
    records.setKey(key, text);
    // Something is saved now: ask the browser not to evict it (once).
    if (text !== undefined) askToKeepStorage();
    return true;
  } catch (error) {
    reportWriteFailure(error);
    return false;
  }
}

/** On first use in a page: set unreadable records aside, store migrated ones, say what happened. */
onMount(records, () => {
  // While the site is built there is no device: nothing to repair, nothing to report.
  if (typeof window === 'undefined') return;
  const device = storage();
  if (!device) {
    storageNotice.set({ kind: 'unavailable' });
    return;
  }
  // Read the device itself: this may run before the map has loaded its own copy.
  const stored = Object.fromEntries(
    Object.keys(device)
      .filter((key) => key.startsWith(storageKey.prefix))
      .map((key) => [key.slice(storageKey.prefix.length), device.getItem(key) ?? undefined]),
  );
  const { unreadable, migrated } = readProgress(stored);
  const now = Date.now();
  let removed = 0;
  for (const key of unreadable) {
    try {
      device.setItem(storageKey.backup(key, now), stored[key] ?? '');
    } catch {
      // No room for the copy: the broken record is still removed (freeing room, so the course keeps
      // working), and the learner is told it is gone rather than set aside.
      removed++;
    }
    write(key, undefined);
  }
  for (const [key, text] of Object.entries(migrated)) write(key, text);
  if (removed) storageNotice.set({ kind: 'removed', count: removed });
  else if (unreadable.length) storageNotice.set({ kind: 'setAside', count: unreadable.length });
});

/** A new record id: the time and a random number, so ids from two tabs or devices never collide. */
export function newId(): string {
  const random = new Uint32Array(1);
  crypto.getRandomValues(random);
  return `${Date.now().toString(36)}-${random[0]!.toString(36)}`;
}

export interface AnswerToRecord {
  itemId: string;
  fingerprint: string;
  response: StoredResponse;
  score: number;
  mode: 'practice' | 'test' | 'review';
}

/** Saves an answer at once; returns the attempt id, or undefined when it could not be saved. */
export function recordAnswer(answer: AnswerToRecord, now = Date.now()): string | undefined {
  const { itemId, ...attempt } = answer;
  const id = newId();
  const current = progress.get();
  const next: Progress = {
    ...current,
    answers: { ...current.answers, [itemId]: [...(current.answers[itemId] ?? []), { id, at: now, ...attempt }] },
  };
  const key = storageKey.item(itemId);
  return write(key, encodeRecord(next, key)) ? id : undefined;
}

/** The learner's "this was hard for me" on an answer: hard items join the review queue. */
export function markHard(itemId: string, attemptId: string, hard: boolean): void {
  const current = progress.get();
  const attempts = (current.answers[itemId] ?? []).map((attempt) => {
    if (attempt.id !== attemptId) return attempt;
    const { hard: _was, ...rest } = attempt;
    return hard ? { ...rest, hard: true } : rest;
  });
  const key = storageKey.item(itemId);
  write(key, encodeRecord({ ...current, answers: { ...current.answers, [itemId]: attempts } }, key));
}

export function markRead(chapter: string): void {
  if (!Object.hasOwn(progress.get().read, chapter))
    write(storageKey.read(chapter), JSON.stringify(readRecord(Date.now())));
}

/** "Clear my progress on this device": every record, every set-aside copy, the time spent on chapters and the learner's seed. */
export function clearProgress(): void {
  records.set({});
  forgetLearnerSeed();
  const device = storage();
  if (!device) return;
  for (const key of Object.keys(device)) {
    if (/^crm(-backup|-time)?:/.test(key)) device.removeItem(key);
  }
  storageNotice.set(undefined);
}
