import { describe, expect, it } from 'vitest';
import { hasChanges, mergeProgress, progressChanges } from '../../../../src/lib/progress/mergeProgress.ts';
import { emptyProgress, type Progress } from '../../../../src/lib/progress/progressState.ts';
import { readProgress } from '../../../../src/lib/progress/readProgress.ts';
import { attempt, t0 } from './fixtures.ts';

const withAnswers = (answers: Progress['answers'], extra: Partial<Progress> = {}): Progress => ({
  ...emptyProgress(),
  answers,
  ...extra,
});

describe('mergeProgress', () => {
  it('unions the attempts of an item, so the newer answer is the latest and none is dropped', () => {
    const shared = attempt({ id: 's', at: t0 });
    const laptop = withAnswers({ 'ch1-a': [shared, attempt({ id: 'laptop', at: t0 + 10, score: 0 })] });
    const phone = withAnswers({ 'ch1-a': [shared, attempt({ id: 'phone', at: t0 + 20 })] });
    const merged = mergeProgress(laptop, phone);
    expect(merged.answers['ch1-a']!.map((a) => a.id)).toEqual(['s', 'laptop', 'phone']);
    expect(merged.answers['ch1-a']!.at(-1)!.score).toBe(1);
    // Either direction gives the same answers.
    expect(mergeProgress(phone, laptop).answers).toEqual(merged.answers);
  });

  it('keeps items only one side has, and a "hard" mark made on either side', () => {
    const plain = attempt({ id: 'x' });
    const merged = mergeProgress(
      withAnswers({ 'ch1-a': [plain] }),
      withAnswers({ 'ch1-a': [{ ...plain, hard: true }], 'ch1-b': [attempt({ id: 'y' })] }),
    );
    expect(merged.answers['ch1-a']).toEqual([{ ...plain, hard: true }]);
    expect(Object.keys(merged.answers).sort()).toEqual(['ch1-a', 'ch1-b']);
  });

  it('unions tests and keeps the earlier date a chapter was first read or a widget first used', () => {
    const test = (at: number) => ({ v: 2 as const, chapter: '01-foundations', at, score: 0.5, itemScores: {} });
    const ours = withAnswers({}, { tests: { t1: test(t0) }, read: { '01-foundations': t0 + 100 } });
    const theirs = withAnswers(
      {},
      { tests: { t2: test(t0 + 1) }, read: { '01-foundations': t0 }, widgets: { '01-foundations:W': t0 } },
    );
    const merged = mergeProgress(ours, theirs);
    expect(Object.keys(merged.tests).sort()).toEqual(['t1', 't2']);
    expect(merged.read['01-foundations']).toBe(t0);
    expect(merged.widgets['01-foundations:W']).toBe(t0);
  });

  it('counts what an import would add, and nothing when the file holds nothing new', () => {
    const ours = withAnswers({ 'ch1-a': [attempt({ id: 'x' })] }, { read: { '01-foundations': t0 } });
    const theirs = withAnswers(
      { 'ch1-a': [attempt({ id: 'x' }), attempt({ id: 'z', at: t0 + 1 })], 'ch1-b': [attempt({ id: 'y' })] },
      { read: { '01-foundations': t0, '02-relationship-marketing': t0 } },
    );
    expect(progressChanges(ours, theirs)).toEqual({
      items: 2,
      attempts: 2,
      tests: 0,
      chaptersRead: 1,
      widgetsUsed: 0,
      roleplayBests: 0,
      mockPapers: 0,
    });
    expect(hasChanges(progressChanges(ours, ours))).toBe(false);
  });
});

describe('ids named like built-in properties', () => {
  // Read from an import file: a test, a role-play and a widget whose ids are also names every object inherits.
  const incoming = readProgress({
    'test:01-foundations:constructor': JSON.stringify({
      v: 2,
      chapter: '01-foundations',
      at: t0,
      score: 1,
      itemScores: {},
    }),
    'roleplay:constructor': JSON.stringify({ v: 2, at: t0, best: { ending: 'stays', at: t0 }, path: [] }),
    'widget:01-foundations:toString': JSON.stringify({ v: 2, at: t0 }),
  });

  it('are read as the records they are', () => {
    expect(incoming.unreadable).toEqual([]);
    expect(Object.keys(incoming.progress.tests)).toEqual(['constructor']);
  });

  it('count as new in an import’s preview, and merge', () => {
    expect(progressChanges(emptyProgress(), incoming.progress)).toMatchObject({
      tests: 1,
      widgetsUsed: 1,
      roleplayBests: 1,
    });
    const merged = mergeProgress(emptyProgress(), incoming.progress);
    expect(Object.hasOwn(merged.roleplays, 'constructor')).toBe(true);
    expect(merged.widgets['01-foundations:toString']).toBe(t0);
  });

  it('never reach an object’s prototype: a test stored as __proto__ is set aside, not silently dropped', () => {
    const read = readProgress({
      'test:01-foundations:__proto__': JSON.stringify({
        v: 2,
        chapter: '01-foundations',
        at: t0,
        score: 1,
        itemScores: {},
      }),
    });
    expect(read.unreadable).toEqual(['test:01-foundations:__proto__']);
    expect(Object.getPrototypeOf(read.progress.tests)).toBe(Object.prototype);
  });
});
