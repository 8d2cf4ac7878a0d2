/**
 * Asking the browser to keep the learner's storage: once, when progress is first saved (an answer
 * through the progress store, or a widget's tried mark), never for a write that failed, never
 * where the browser cannot be asked; and the progress page's words for each answer.
 */
import { setPersistentEngine } from '@nanostores/persistent';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { persistenceState } from '../../../src/lib/progress/persistenceState.ts';
import { fakeStorage, type FakeStorage } from './fakeStorage.ts';

const answer = {
  itemId: 'ch1-client-definition',
  fingerprint: 'fp1',
  response: { kind: 'single', choice: 'b' },
  score: 1,
  mode: 'practice',
} as const;

let stopListening: (() => void) | undefined;

/** A fresh store over `device` in a browser whose navigator.storage is `storage`. */
async function openStore(device: FakeStorage, storage: object | undefined) {
  vi.resetModules();
  vi.stubGlobal('localStorage', device);
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('navigator', { storage });
  setPersistentEngine(device, { addEventListener() {}, removeEventListener() {} });
  const store = await import('../../../src/stores/progress.ts');
  const tried = await import('../../../src/stores/widgetTried.ts');
  stopListening = store.progress.listen(() => {});
  return { ...store, ...tried };
}

afterEach(() => {
  stopListening?.();
  vi.unstubAllGlobals();
});

describe('asking the browser to keep storage', () => {
  it('asks once, at the first saved answer, not at every one', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const store = await openStore(fakeStorage(), { persist });
    expect(persist).not.toHaveBeenCalled();
    expect(store.recordAnswer(answer)).toBeDefined();
    expect(store.recordAnswer(answer)).toBeDefined();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('asks at a widget’s first tried mark, which does not go through the progress store', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    const store = await openStore(fakeStorage(), { persist });
    expect(store.markWidgetTried('01-foundations', 'ChurnCompounding')).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask when nothing could be saved', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const device = fakeStorage();
    const store = await openStore(device, { persist });
    device.room = 0;
    expect(store.recordAnswer(answer)).toBeUndefined();
    expect(store.markWidgetTried('01-foundations', 'ChurnCompounding')).toBe(false);
    expect(persist).not.toHaveBeenCalled();
  });

  it('saves as before where the browser cannot be asked, or refuses', async () => {
    const without = await openStore(fakeStorage(), undefined);
    expect(without.recordAnswer(answer)).toBeDefined();
    const refusing = await openStore(fakeStorage(), { persist: () => Promise.reject(new Error('refused')) });
    expect(refusing.recordAnswer(answer)).toBeDefined();
  });
});

describe('what the progress page says', () => {
  it.each([
    [{ supported: false, persisted: false, hasProgress: true }, 'unsupported'],
    [{ supported: true, persisted: true, hasProgress: false }, 'granted'],
    [{ supported: true, persisted: true, hasProgress: true }, 'granted'],
    [{ supported: true, persisted: false, hasProgress: true }, 'denied'],
    // Not asked yet is not a refusal.
    [{ supported: true, persisted: false, hasProgress: false }, 'notYet'],
  ] as const)('%o → %s', (answer, expected) => {
    expect(persistenceState(answer)).toBe(expected);
  });
});
