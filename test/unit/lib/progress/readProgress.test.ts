import { describe, expect, it } from 'vitest';
import { encodeProgress, readProgress } from '../../../../src/lib/progress/readProgress.ts';
import { attempt, itemText, t0 } from './fixtures.ts';

describe('readProgress', () => {
  it('reads every kind of record, answers keyed by item id and sorted oldest first', () => {
    const later = attempt({ id: 'later', at: t0 + 5000, score: 0 });
    const earlier = attempt({ id: 'earlier', at: t0 });
    const { progress, unreadable } = readProgress({
      'item:ch1-client-definition': itemText([later, earlier]),
      'test:01-foundations:t1': JSON.stringify({
        v: 2,
        chapter: '01-foundations',
        at: t0,
        score: 0.5,
        itemScores: { 'ch1-client-definition': 0.5 },
      }),
      'draft:ch1-crm-layers': JSON.stringify({ v: 2, at: t0, input: { kind: 'multiple', choices: ['a'] } }),
      'read:01-foundations': JSON.stringify({ v: 2, at: t0 }),
      'widget:01-foundations:ChurnCompounding': JSON.stringify({ v: 2, at: t0 }),
    });
    expect(unreadable).toEqual([]);
    expect(progress.answers['ch1-client-definition']!.map((a) => a.id)).toEqual(['earlier', 'later']);
    expect(progress.tests.t1!.score).toBe(0.5);
    expect(progress.drafts['ch1-crm-layers']!.input).toEqual({ kind: 'multiple', choices: ['a'] });
    expect(progress.read).toEqual({ '01-foundations': t0 });
    expect(progress.widgets).toEqual({ '01-foundations:ChurnCompounding': t0 });
  });

  it('reports corrupt records to be set aside and keeps every valid one', () => {
    const good = itemText([attempt()]);
    const { progress, unreadable } = readProgress({
      'item:ch1-good': good,
      'item:ch1-truncated': good.slice(0, 20),
      'item:ch1-bad-score': itemText([attempt({ score: 7 })]),
      'item:ch1-bad-response': itemText([attempt({ response: { kind: 'single' } as never })]),
      'item:NOT AN ID': good,
      'read:01-foundations': 'null',
      'test:01-foundations:x': JSON.stringify({ v: 2, chapter: '02-other', at: t0, score: 1, itemScores: {} }),
    });
    expect(Object.keys(progress.answers)).toEqual(['ch1-good']);
    expect(unreadable.sort()).toEqual(
      [
        'item:ch1-truncated',
        'item:ch1-bad-score',
        'item:ch1-bad-response',
        'item:NOT AN ID',
        'read:01-foundations',
        'test:01-foundations:x',
      ].sort(),
    );
  });

  it('migrates a version-1 record: its single answer becomes the first attempt, with an unknown fingerprint', () => {
    const { progress, migrated, unreadable } = readProgress({
      'item:ch1-old': JSON.stringify({ v: 1, response: { kind: 'trueFalse', choice: false }, score: 1, at: t0 }),
    });
    expect(unreadable).toEqual([]);
    expect(progress.answers['ch1-old']).toEqual([
      expect.objectContaining({
        at: t0,
        score: 1,
        fingerprint: 'unknown',
        response: { kind: 'trueFalse', choice: false },
      }),
    ]);
    // The migrated record is stored back in the current version, and reads back as itself.
    expect(JSON.parse(migrated['item:ch1-old']!).v).toBe(2);
    expect(readProgress(migrated).progress.answers).toEqual(progress.answers);
  });

  it('leaves records of a newer version, or of a kind it does not know, untouched and unused', () => {
    const { progress, newer, unreadable } = readProgress({
      'item:ch1-future': JSON.stringify({ v: 3, whatever: true }),
      'bookmark:01-foundations': JSON.stringify({ v: 2 }),
    });
    expect(newer.sort()).toEqual(['bookmark:01-foundations', 'item:ch1-future']);
    expect(unreadable).toEqual([]);
    expect(progress.answers).toEqual({});
  });

  it('writes back exactly what it read', () => {
    const stored = {
      'item:ch1-a': itemText([attempt({ id: 'x', at: t0 }), attempt({ id: 'y', at: t0 + 1, hard: true })]),
      'read:01-foundations': JSON.stringify({ v: 2, at: t0 }),
    };
    expect(encodeProgress(readProgress(stored).progress)).toEqual(stored);
  });
});

describe('timestamps a date can show', () => {
  // 2^53 − 1 ms is far past what a Date holds (±8.64e15 ms, about the year 275760): a record
  // carrying it once passed the schema and left the quiz unable to render its "last answered" date.
  it('sets aside a record from past the last date a Date can hold, and keeps one at it', () => {
    const { unreadable, progress } = readProgress({
      'item:ch1-too-late': itemText([attempt({ at: Number.MAX_SAFE_INTEGER })]),
      'read:01-foundations': JSON.stringify({ v: 2, at: 8_640_000_000_000_001 }),
      'item:ch1-last-moment': itemText([attempt({ at: 8_640_000_000_000_000 })]),
    });
    expect(unreadable.sort()).toEqual(['item:ch1-too-late', 'read:01-foundations']);
    expect(progress.answers['ch1-last-moment']).toHaveLength(1);
  });
});
