/**
 * The exam store's writes, over a fake device: a written answer is an attempt under item:<id> and
 * clears its draft; a draft is kept as typed; a paper is saved and dropped; a corrupt written
 * record on the device is set aside with the learner told how many.
 */
import { setPersistentEngine } from '@nanostores/persistent';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeStorage, type FakeStorage } from './fakeStorage.ts';

const t0 = Date.UTC(2026, 11, 5, 9, 0, 0);
let stopListening: (() => void) | undefined;

async function openStore(device: FakeStorage) {
  vi.resetModules();
  vi.stubGlobal('localStorage', device);
  vi.stubGlobal('window', new EventTarget());
  setPersistentEngine(device, { addEventListener() {}, removeEventListener() {} });
  const store = await import('../../../src/stores/progress.ts');
  const exam = await import('../../../src/stores/examProgress.ts');
  stopListening = store.progress.listen(() => {});
  return { ...store, ...exam };
}

afterEach(() => {
  stopListening?.();
  vi.unstubAllGlobals();
});

const stored = (device: Storage, key: string) => JSON.parse(device.getItem(key) ?? 'null') as Record<string, unknown>;

describe('the exam store', () => {
  it('keeps a draft as typed, then records the scored answer and clears the draft', async () => {
    const device = fakeStorage();
    const store = await openStore(device);
    expect(store.saveWrittenDraft('ch1-term-client', '客户是', t0)).toBe(true);
    expect(stored(device, 'crm:draft:ch1-term-client')).toEqual({
      v: 2,
      at: t0,
      input: { kind: 'written', text: '客户是' },
    });
    const id = store.recordWritten(
      {
        itemId: 'ch1-term-client',
        fingerprint: 'fp',
        text: '客户是有名有档的购买者。',
        ticked: ['known', 'relationship'],
        score: 2 / 3,
        mode: 'practice',
      },
      t0 + 1000,
    );
    expect(id).toBeDefined();
    expect(stored(device, 'crm:item:ch1-term-client')).toEqual({
      v: 2,
      attempts: [
        {
          id,
          at: t0 + 1000,
          fingerprint: 'fp',
          response: { kind: 'written', text: '客户是有名有档的购买者。', ticked: ['known', 'relationship'] },
          score: 2 / 3,
          mode: 'practice',
        },
      ],
    });
    expect(device.getItem('crm:draft:ch1-term-client')).toBeNull();
  });

  it('refuses an answer longer than the record keeps, and says so by returning nothing', async () => {
    const device = fakeStorage();
    const store = await openStore(device);
    const answer = { itemId: 'ch1-term-client', fingerprint: 'fp', ticked: [], score: 0, mode: 'practice' as const };
    expect(store.recordWritten({ ...answer, text: 'x'.repeat(6001) }, t0)).toBeUndefined();
    expect(device.getItem('crm:item:ch1-term-client')).toBeNull();
  });

  it('saves a mock paper and drops it', async () => {
    const device = fakeStorage();
    const store = await openStore(device);
    const paper = {
      v: 2 as const,
      at: t0,
      items: ['ch1-term-client'],
      limit: 600_000,
      used: 0,
      answers: {},
      ticks: {},
    };
    expect(store.saveMock('p-1', paper)).toBe(true);
    expect(stored(device, 'crm:mock:p-1')).toEqual(paper);
    store.dropMock('p-1');
    expect(device.getItem('crm:mock:p-1')).toBeNull();
  });

  it('sets a corrupt written answer aside, word for word, and tells the learner', async () => {
    const device = fakeStorage();
    const broken = JSON.stringify({
      v: 2,
      attempts: [
        { id: 'a', at: t0, fingerprint: 'fp', response: { kind: 'written', text: 'x' }, score: 1, mode: 'practice' },
      ],
    });
    device.setItem('crm:item:ch1-term-client', broken);
    const store = await openStore(device);
    expect(store.storageNotice.get()).toEqual({ kind: 'setAside', count: 1 });
    expect(device.getItem('crm:item:ch1-term-client')).toBeNull();
    const backup = Object.keys(device).find((key) => key.startsWith('crm-backup:'));
    expect(backup).toMatch(/^crm-backup:\d+:item:ch1-term-client$/);
    expect(device.getItem(backup!)).toBe(broken);
  });
});
