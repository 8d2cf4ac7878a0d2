/**
 * The progress store against a device storage that fills up, breaks or is blocked: what it sets
 * aside, what it refuses, what it reports, and that a failed write changes nothing.
 */
import { setPersistentEngine } from '@nanostores/persistent';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeStorage, type FakeStorage } from './fakeStorage.ts';

const t0 = Date.UTC(2026, 10, 2, 9, 0, 0);
const answer = {
  itemId: 'ch1-client-definition',
  fingerprint: 'fp1',
  response: { kind: 'single', choice: 'b' },
  score: 1,
  mode: 'practice',
} as const;
const itemKey = 'crm:item:ch1-client-definition';

let stopListening: (() => void) | undefined;

/** A fresh copy of the store over `device` (or over blocked storage), mounted as a page mounts it. */
async function openStore(device: FakeStorage | 'blocked') {
  vi.resetModules();
  if (device === 'blocked') {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  } else vi.stubGlobal('localStorage', device);
  vi.stubGlobal('window', new EventTarget());
  // The persistent map picks its storage once, when first imported (a dependency, not re-imported
  // per test): point it at this test's device, as it would point at a blocked browser's (an object).
  setPersistentEngine(device === 'blocked' ? {} : device, { addEventListener() {}, removeEventListener() {} });
  const store = await import('../../../src/stores/progress.ts');
  const tests = await import('../../../src/stores/testProgress.ts');
  stopListening = store.progress.listen(() => {});
  return { ...store, ...tests };
}

afterEach(() => {
  stopListening?.();
  vi.unstubAllGlobals();
});

const stored = (device: Storage, key: string) => JSON.parse(device.getItem(key) ?? 'null') as Record<string, unknown>;
const backups = (device: Storage) => Object.keys(device).filter((key) => key.startsWith('crm-backup:'));

describe('opening the store', () => {
  it('sets an unreadable record aside, word for word, keeps the rest, and says how many', async () => {
    const device = fakeStorage();
    device.setItem(itemKey, '{"v":2,"attempts":[');
    device.setItem('crm:read:01-foundations', JSON.stringify({ v: 2, at: t0 }));
    device.setItem('crm-theme', 'dark');
    const store = await openStore(device);
    expect(store.storageNotice.get()).toEqual({ kind: 'setAside', count: 1 });
    expect(device.getItem(itemKey)).toBeNull();
    const [backup, ...more] = backups(device);
    expect(more).toEqual([]);
    expect(backup).toMatch(/^crm-backup:\d+:item:ch1-client-definition$/);
    expect(device.getItem(backup!)).toBe('{"v":2,"attempts":[');
    expect(store.progress.get().read).toEqual({ '01-foundations': t0 });
    expect(device.getItem('crm-theme')).toBe('dark');
  });

  it('removes an unreadable record it has no room to copy, and says it was removed, not set aside', async () => {
    const device = fakeStorage();
    device.setItem(itemKey, '{"v":2,"attempts":[');
    device.room = 0;
    const store = await openStore(device);
    expect(store.storageNotice.get()).toEqual({ kind: 'removed', count: 1 });
    expect(device.getItem(itemKey)).toBeNull();
    expect(backups(device)).toEqual([]);
  });

  it('rewrites a version-1 answer in the current format, keeping the answer', async () => {
    const device = fakeStorage();
    device.setItem(itemKey, JSON.stringify({ v: 1, response: answer.response, score: 1, at: t0 }));
    const store = await openStore(device);
    expect(store.storageNotice.get()).toBeUndefined();
    const record = stored(device, itemKey) as { v: number; attempts: { at: number; response: unknown }[] };
    expect(record.v).toBe(2);
    expect(record.attempts).toHaveLength(1);
    expect(record.attempts[0]).toMatchObject({ at: t0, response: answer.response, score: 1 });
  });

  it('says progress lasts only while the page is open when storage is blocked', async () => {
    const store = await openStore('blocked');
    expect(store.storageNotice.get()).toEqual({ kind: 'unavailable' });
  });
});

describe('writing', () => {
  it('saves an answer at once, in the record the reader reads', async () => {
    const device = fakeStorage();
    const store = await openStore(device);
    const id = store.recordAnswer(answer, t0);
    expect(id).toBeDefined();
    expect(stored(device, itemKey)).toEqual({
      v: 2,
      attempts: [{ id, at: t0, fingerprint: 'fp1', response: answer.response, score: 1, mode: 'practice' }],
    });
    expect(store.progress.get().answers['ch1-client-definition']).toHaveLength(1);
  });

  it('reports a full storage, and a failed answer changes neither the device nor the page’s progress', async () => {
    const device = fakeStorage();
    const store = await openStore(device);
    store.recordAnswer(answer, t0);
    const before = device.getItem(itemKey);
    device.room = 0;
    expect(store.recordAnswer(answer, t0 + 1)).toBeUndefined();
    expect(store.storageNotice.get()).toEqual({ kind: 'quota' });
    expect(device.getItem(itemKey)).toBe(before);
    expect(store.progress.get().answers['ch1-client-definition']).toHaveLength(1);
  });

  it('refuses a record the reader would reject, writes nothing, and lets the caller say so', async () => {
    const device = fakeStorage();
    const store = await openStore(device);
    const tooLong = { ...answer, response: { kind: 'text', text: 'x'.repeat(501) } } as const;
    expect(store.recordAnswer(tooLong, t0)).toBeUndefined();
    expect(device.getItem(itemKey)).toBeNull();
    expect(store.write('item:ch1-client-definition', '{"v":2,"attempts":"none"}')).toBe(false);
    expect(device.length).toBe(0);
  });

  it('keeps an item’s newest 1,000 answers when the 1,001st is given, dropping the oldest', async () => {
    const device = fakeStorage();
    const attempts = Array.from({ length: 1000 }, (_, n) => ({
      id: `a${n}`,
      at: t0 + n,
      fingerprint: 'fp1',
      response: answer.response,
      score: 0,
      mode: 'practice',
    }));
    device.setItem(itemKey, JSON.stringify({ v: 2, attempts }));
    const store = await openStore(device);
    const id = store.recordAnswer(answer, t0 + 5000);
    const record = stored(device, itemKey) as { attempts: { id: string }[] };
    expect(record.attempts).toHaveLength(1000);
    expect(record.attempts[0]!.id).toBe('a1');
    expect(record.attempts.at(-1)!.id).toBe(id);
  });

  it('keeps a test draft, and says when it could not', async () => {
    const device = fakeStorage();
    const store = await openStore(device);
    expect(store.saveDraft('ch1-client-definition', { kind: 'single', choice: 'b' })).toBe(true);
    expect(stored(device, 'crm:draft:ch1-client-definition')).toMatchObject({ v: 2, input: { choice: 'b' } });
    device.room = 0;
    expect(store.saveDraft('ch1-other', { kind: 'single', choice: 'a' })).toBe(false);
    expect(device.getItem('crm:draft:ch1-other')).toBeNull();
  });

  it('saves a submitted test with its answers and clears its drafts; says when it could not', async () => {
    const device = fakeStorage();
    const store = await openStore(device);
    store.saveDraft('ch1-client-definition', { kind: 'single', choice: 'b' });
    expect(store.recordTest('01-foundations', [answer], 4, t0)).toBe(true);
    const testKeys = Object.keys(device).filter((key) => key.startsWith('crm:test:01-foundations:'));
    expect(testKeys).toHaveLength(1);
    // One right answer out of four items: 1 ÷ 4.
    expect(stored(device, testKeys[0]!)).toEqual({
      v: 2,
      chapter: '01-foundations',
      at: t0,
      score: 0.25,
      itemScores: { 'ch1-client-definition': 1 },
    });
    expect(device.getItem('crm:draft:ch1-client-definition')).toBeNull();
    device.room = 0;
    expect(store.recordTest('01-foundations', [answer], 4, t0 + 1)).toBe(false);
  });

  it('marks a chapter read once, keeping the first time', async () => {
    const device = fakeStorage();
    const store = await openStore(device);
    vi.spyOn(Date, 'now').mockReturnValue(t0);
    store.markRead('01-foundations');
    vi.spyOn(Date, 'now').mockReturnValue(t0 + 1000);
    store.markRead('01-foundations');
    expect(stored(device, 'crm:read:01-foundations')).toEqual({ v: 2, at: t0 });
    vi.restoreAllMocks();
  });

  it('clears every record and every set-aside copy, and nothing else', async () => {
    const device = fakeStorage();
    device.setItem(itemKey, '{"v":2,"attempts":[');
    device.setItem('crm-theme', 'dark');
    const store = await openStore(device);
    store.recordAnswer({ ...answer, itemId: 'ch1-other' }, t0);
    store.clearProgress();
    expect(Object.keys(device)).toEqual(['crm-theme']);
    expect(store.storageNotice.get()).toBeUndefined();
    expect(store.progress.get().answers).toEqual({});
  });
});

describe('importing', () => {
  it('tries every changed record and counts what storage could and could not hold', async () => {
    const device = fakeStorage();
    const store = await openStore(device);
    const { importProgress } = await import('../../../src/stores/importProgress.ts');
    const incoming = {
      ...store.progress.get(),
      answers: {
        'ch1-long': [
          {
            id: 'x1',
            at: t0,
            fingerprint: 'fp1',
            response: { kind: 'text' as const, text: 'y'.repeat(400) },
            score: 1,
            mode: 'practice' as const,
          },
        ],
      },
      read: { '01-foundations': t0 },
    };
    // Room for the short "chapter read" record (about 60 characters with its key), not the long answer.
    device.room = 100;
    expect(importProgress(incoming)).toEqual({ saved: 1, unsaved: 1 });
    expect(stored(device, 'crm:read:01-foundations')).toEqual({ v: 2, at: t0 });
    expect(device.getItem('crm:item:ch1-long')).toBeNull();
    device.room = 5000;
    // Imported again: only what is still missing is written.
    expect(importProgress(incoming)).toEqual({ saved: 1, unsaved: 0 });
  });
});

describe('marking a widget tried', () => {
  it('says when storage is full, tries again at the next edit, and then writes once', async () => {
    const device = fakeStorage();
    vi.stubGlobal('localStorage', device);
    vi.resetModules();
    const { markWidgetTried } = await import('../../../src/stores/widgetTried.ts');
    device.room = 0;
    expect(markWidgetTried('01-foundations', 'ChurnCompounding')).toBe(false);
    expect(device.length).toBe(0);
    device.room = 1000;
    vi.spyOn(Date, 'now').mockReturnValue(t0);
    expect(markWidgetTried('01-foundations', 'ChurnCompounding')).toBe(true);
    vi.spyOn(Date, 'now').mockReturnValue(t0 + 1000);
    expect(markWidgetTried('01-foundations', 'ChurnCompounding')).toBe(true);
    expect(stored(device, 'crm:widget:01-foundations:ChurnCompounding')).toEqual({ v: 2, at: t0 });
    vi.restoreAllMocks();
  });
});
