/**
 * Nothing is written that does not read back (#12): any progress the course can hold encodes to
 * records the reader takes back unchanged, a merge of two devices' progress never yields a record
 * the reader would set aside, and it loses no answer of either side, apart from the oldest of an
 * item answered more than ATTEMPTS_MAX times (the rule the item record states).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../../src/lib/progress/mergeProgress.ts';
import { ATTEMPTS_MAX, type Progress } from '../../../../src/lib/progress/progressState.ts';
import { encodeProgress, readProgress, readsBack } from '../../../../src/lib/progress/readProgress.ts';
import type { Attempt } from '../../../../src/schemas/progress.ts';
import { attempt, itemText, t0 } from './fixtures.ts';
import { itemId, slug, time, validAttempt, validOther } from './storedStates.ts';

/** Attempts with distinct ids, as the store gives them. */
const attempts = (maxLength: number) =>
  fc.uniqueArray(validAttempt, { selector: (a) => a.id, maxLength, minLength: 1 });

/** One device's progress, read from records as the store would find them. */
const device = fc
  .tuple(
    fc.array(fc.tuple(itemId, attempts(6)), { maxLength: 4 }),
    fc.array(validOther, { maxLength: 4 }),
    fc.array(fc.tuple(slug, time), { maxLength: 2 }),
  )
  .map(([items, others, tests]) => {
    const records: Record<string, string> = Object.fromEntries(others);
    for (const [id, list] of items) records[`item:${id}`] = itemText(list);
    tests.forEach(([chapter, at], i) => {
      records[`test:${chapter}:t${i}`] = JSON.stringify({ v: 2, chapter, at, score: 0.5, itemScores: {} });
    });
    return readProgress(records).progress;
  });

const everyRecordReadsBack = (progress: Progress) =>
  Object.entries(encodeProgress(progress)).every(([key, text]) => readsBack(key, text));

describe('what the course writes reads back', () => {
  it('encodes any progress to records that read back equal', () => {
    fc.assert(
      fc.property(device, (progress) => {
        expect(everyRecordReadsBack(progress)).toBe(true);
        expect(readProgress(encodeProgress(progress)).progress).toEqual(progress);
      }),
      { numRuns: 300 },
    );
  });

  it('merges two devices into records that read back, losing no answer of either', () => {
    fc.assert(
      fc.property(device, device, (ours, theirs) => {
        const merged = mergeProgress(ours, theirs);
        expect(everyRecordReadsBack(merged)).toBe(true);
        for (const side of [ours, theirs]) {
          for (const [item, list] of Object.entries(side.answers)) {
            const kept = new Set(merged.answers[item]!.map((a) => a.id));
            for (const answer of list) expect(kept).toContain(answer.id);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the newest ATTEMPTS_MAX answers of an item answered more often, on either device or merged', () => {
    const many = (from: number, count: number): Attempt[] =>
      Array.from({ length: count }, (_, i) => attempt({ id: `a${from + i}`, at: t0 + (from + i) * 1000 }));
    const ours: Progress = { ...readProgress({}).progress, answers: { 'ch1-busy': many(0, 700) } };
    const theirs: Progress = { ...readProgress({}).progress, answers: { 'ch1-busy': many(500, 700) } };
    const merged = mergeProgress(ours, theirs);
    const stored = encodeProgress(merged)['item:ch1-busy']!;
    expect(readsBack('item:ch1-busy', stored)).toBe(true);
    const kept = readProgress({ 'item:ch1-busy': stored }).progress.answers['ch1-busy']!;
    // 1200 distinct answers in all (0 … 1199): the newest 1000 stay, 200 … 1199.
    expect(kept).toHaveLength(ATTEMPTS_MAX);
    expect(kept[0]!.id).toBe('a200');
    expect(kept.at(-1)!.id).toBe('a1199');
  });

  it('refuses to vouch for a record the reader would set aside', () => {
    expect(readsBack('item:ch1-x', itemText([attempt({ response: { kind: 'text', text: 'x'.repeat(501) } })]))).toBe(
      false,
    );
    expect(readsBack('read:01-foundations', JSON.stringify({ v: 2, at: Number.MAX_SAFE_INTEGER }))).toBe(false);
    expect(readsBack('item:ch1-x', itemText([attempt({ response: { kind: 'text', text: 'x'.repeat(500) } })]))).toBe(
      true,
    );
  });
});
