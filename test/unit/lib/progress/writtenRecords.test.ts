/**
 * Written exam answers and mock exam papers in the progress records: read, written back, merged,
 * exported and imported like every other record; a broken one is set aside, never half-read; an
 * unmarked paper stays on the device, as test drafts do.
 */
import { describe, expect, it } from 'vitest';
import { mergeProgress, progressChanges } from '../../../../src/lib/progress/mergeProgress.ts';
import { exportFile } from '../../../../src/lib/progress/progressFile.ts';
import { readImportFile } from '../../../../src/lib/progress/importFile.ts';
import { draftRecord } from '../../../../src/lib/progress/progressRecords.ts';
import { TICKS_MAX, WRITTEN_TEXT_MAX, emptyProgress } from '../../../../src/lib/progress/progressState.ts';
import { encodeProgress, readProgress, readsBack } from '../../../../src/lib/progress/readProgress.ts';
import { dueItems } from '../../../../src/lib/progress/reviewSchedule.ts';
import type { MockRecord } from '../../../../src/schemas/progress.ts';
import { attempt, day, itemText, t0 } from './fixtures.ts';

const essay = 'é'.repeat(WRITTEN_TEXT_MAX);
const written = attempt({
  id: 'w1',
  response: { kind: 'written', text: '客户是有名有档的购买者。', ticked: ['known', 'relationship'] },
  // 1 + 1 of 1 + 1 + 1 marks.
  score: 2 / 3,
});
const paper = (overrides: Partial<MockRecord> = {}): MockRecord => ({
  v: 2,
  at: t0,
  items: ['ch1-term-client', 'ch2-essay-trust'],
  limit: 30 * 60_000,
  used: 12 * 60_000,
  answers: { 'ch1-term-client': '客户是……' },
  ticks: {},
  ...overrides,
});
const marked = paper({
  submitted: t0 + day,
  ticks: { 'ch1-term-client': ['known'] },
  marked: {
    at: t0 + day,
    got: 1,
    total: 13,
  },
});

describe('written answers', () => {
  it('are read and written back word for word, a full-length essay included', () => {
    const long = attempt({ id: 'w2', response: { kind: 'written', text: essay, ticked: [] }, score: 0 });
    for (const record of [[written], [long]]) {
      const text = itemText(record);
      expect(readsBack('item:ch1-term-client', text)).toBe(true);
      const { progress } = readProgress({ 'item:ch1-term-client': text });
      expect(encodeProgress(progress)['item:ch1-term-client']).toBe(text);
    }
  });

  it('sets aside a record past a limit or of the wrong shape, naming its key, and keeps the rest', () => {
    const { progress, unreadable } = readProgress({
      'item:ch1-term-client': itemText([written]),
      'item:ch1-term-long': itemText([
        attempt({ response: { kind: 'written', text: `${essay}x`, ticked: [] }, score: 0 }),
      ]),
      'item:ch1-term-ticks': itemText([
        attempt({
          response: { kind: 'written', text: 'a', ticked: Array.from({ length: TICKS_MAX + 1 }, (_, n) => `p${n}`) },
          score: 0,
        }),
      ]),
      'item:ch1-term-shape': itemText([attempt({ response: { kind: 'written', text: 'a' } as never, score: 0 })]),
      'draft:ch1-term-draft': JSON.stringify({ v: 2, at: t0, input: { kind: 'written', text: 7 } }),
    });
    expect(unreadable.sort()).toEqual([
      'draft:ch1-term-draft',
      'item:ch1-term-long',
      'item:ch1-term-shape',
      'item:ch1-term-ticks',
    ]);
    expect(Object.keys(progress.answers)).toEqual(['ch1-term-client']);
  });

  it('travel in an export and come back from an import; the draft being written does not', () => {
    const progress = {
      ...emptyProgress(),
      answers: { 'ch1-term-client': [written] },
      drafts: { 'ch1-short-retention': draftRecord(t0, { kind: 'written', text: 'half an answer' }) },
    };
    const file = exportFile(progress, new Date(t0));
    expect(file).toContain('客户是有名有档的购买者。');
    expect(file).not.toContain('half an answer');
    expect(readImportFile(file)).toEqual({ ok: true, skipped: 0, progress: { ...progress, drafts: {} } });
  });

  it('join the review queue when not every point was ticked (2 of 3 marks), as a partly right quiz answer does', () => {
    const progress = { answers: { 'ch1-term-client': [written] } };
    expect(dueItems(progress, ['ch1-term-client'], new Date(t0 + 30 * day)).map((due) => due.itemId)).toEqual([
      'ch1-term-client',
    ]);
    const full = attempt({ response: { kind: 'written', text: 'x', ticked: ['a', 'b', 'c'] }, score: 1 });
    expect(dueItems({ answers: { 'ch1-term-client': [full] } }, ['ch1-term-client'], new Date(t0 + 30 * day))).toEqual(
      [],
    );
  });
});

describe('mock exam papers', () => {
  it('are read and written back as stored', () => {
    for (const record of [paper(), paper({ running: t0 + 1000 }), marked]) {
      const text = JSON.stringify(record);
      expect(readsBack('mock:p-1', text)).toBe(true);
      expect(readProgress({ 'mock:p-1': text }).progress.mocks['p-1']).toEqual(record);
    }
  });

  it('set aside a broken paper: answers too long, a clock past a day, a bad paper id', () => {
    const { unreadable } = readProgress({
      'mock:long': JSON.stringify(paper({ answers: { 'ch1-term-client': `${essay}x` } })),
      'mock:clock': JSON.stringify(paper({ limit: 25 * 3_600_000 })),
      'mock:Bad Id': JSON.stringify(paper()),
      'mock:ok': JSON.stringify(paper()),
    });
    expect(unreadable.sort()).toEqual(['mock:Bad Id', 'mock:clock', 'mock:long']);
  });

  it('are exported once marked, with their marks; a paper still being written stays on the device', () => {
    const progress = { ...emptyProgress(), mocks: { 'p-done': marked, 'p-open': paper() } };
    const result = readImportFile(exportFile(progress, new Date(t0)));
    expect(result).toEqual({ ok: true, skipped: 0, progress: { ...emptyProgress(), mocks: { 'p-done': marked } } });
  });

  it('merge: a marked copy wins over an unmarked one, never the reverse, and an import counts new marked papers', () => {
    const ours = { ...emptyProgress(), mocks: { 'p-1': paper() } };
    const theirs = { ...emptyProgress(), mocks: { 'p-1': marked, 'p-2': marked } };
    expect(mergeProgress(ours, theirs).mocks).toEqual({ 'p-1': marked, 'p-2': marked });
    expect(mergeProgress(theirs, ours).mocks).toEqual({ 'p-1': marked, 'p-2': marked });
    expect(progressChanges(ours, theirs).mockPapers).toBe(2);
    expect(progressChanges(theirs, theirs).mockPapers).toBe(0);
  });
});
