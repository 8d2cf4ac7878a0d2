/**
 * Thousands of random and corrupted stored records and import files: the loading code never
 * throws, every valid record among them (of every kind, at every limit, with ids named like
 * built-in properties) is still there afterwards, every record past a limit is set aside, and
 * every moment read can be shown as a date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../../src/lib/progress/progressFile.ts';
import { readImportFile } from '../../../../src/lib/progress/importFile.ts';
import { emptyProgress } from '../../../../src/lib/progress/progressState.ts';
import { encodeProgress, readProgress } from '../../../../src/lib/progress/readProgress.ts';
import { dateFormat } from '../../../../src/lib/text/dateFormat.ts';
import type { Attempt } from '../../../../src/schemas/progress.ts';
import { corrupted, itemId, pastALimit, validAttempt, validItem, validOther } from './storedStates.ts';

const showDate = dateFormat('zh-CN');

describe('loading stored progress', () => {
  it('never throws and never loses a valid record among corrupt ones, over 10 000 stored states', () => {
    // Corrupt text under every kind of key the store writes, and under keys it never writes.
    const brokenKey = fc.oneof(
      fc
        .tuple(fc.constantFrom('item:', 'test:01-foundations:', 'draft:', 'read:', 'widget:', 'roleplay:'), itemId)
        .map(([prefix, id]) => `${prefix}${id}x`),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.dictionary(itemId, validItem, { maxKeys: 6 }),
        fc.array(validOther, { maxLength: 4 }),
        fc.dictionary(brokenKey, corrupted, { maxKeys: 6 }),
        (valid, others, broken) => {
          const entries: Record<string, string> = { ...broken };
          for (const [id, text] of Object.entries(valid)) entries[`item:${id}`] = text;
          // A submitted test's id is unique on a device (time and a random number), whatever its chapter.
          const testIds = new Set<string>();
          const distinct = others.filter(([key]) => {
            if (!key.startsWith('test:')) return true;
            const id = key.split(':')[2]!;
            return !testIds.has(id) && Boolean(testIds.add(id));
          });
          for (const [key, text] of distinct) entries[key] = text;
          const { progress, unreadable, newer } = readProgress(entries);
          for (const id of Object.keys(valid)) {
            expect(progress.answers[id]).toHaveLength(JSON.parse(valid[id]!).attempts.length);
          }
          // The other valid records read back to the same text (the last one written per key).
          const kept = encodeProgress(progress);
          for (const [key] of distinct) expect(kept[key]).toBe(entries[key]);
          // Every key is accounted for: read, set aside or left for a newer version.
          const accounted = new Set([...Object.keys(encodeProgress(progress)), ...unreadable, ...newer]);
          expect(Object.keys(entries).filter((key) => !accounted.has(key))).toEqual([]);
          // Every moment the pages print is a date they can show.
          const moments = [
            ...Object.values(progress.answers).flatMap((attempts) => attempts.map((answer) => answer.at)),
            ...Object.values(progress.tests).map((test) => test.at),
            ...Object.values(progress.drafts).map((draft) => draft.at),
            ...Object.values(progress.read),
            ...Object.values(progress.widgets),
            ...Object.values(progress.roleplays).flatMap((roleplay) => [roleplay.at, roleplay.best?.at ?? 0]),
          ];
          for (const at of moments) expect(showDate(at)).not.toBe('');
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('sets aside every record one character, one answer or one millisecond past its limit', () => {
    fc.assert(
      fc.property(pastALimit, ([key, text]) => {
        expect(readProgress({ [key]: text }).unreadable).toEqual([key]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on import files, and a file it accepts keeps every valid item', () => {
    const validFile = fc
      .dictionary(itemId, fc.array(validAttempt, { minLength: 1, maxLength: 3 }), { maxKeys: 5 })
      .map((answers) => exportFile({ ...emptyProgress(), answers }, new Date(0)));
    const brokenFile = fc.oneof(
      validFile.chain((text) => fc.nat(text.length - 1).map((cut) => text.slice(0, cut))),
      validFile.map((text) => text.replace('crm-course-progress', 'someone-else')),
      validFile.map((text) => text.replace(/"score": [0-9.e-]+/, '"score": 5')),
      fc.json(),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.oneof(validFile, brokenFile), (text) => {
        const result = readImportFile(text);
        if (!result.ok) return;
        const file = JSON.parse(text) as { entries: Record<string, { v: number; attempts: Attempt[] }> };
        for (const [key, record] of Object.entries(file.entries)) {
          const parsed = readProgress({ [key]: record });
          if (parsed.unreadable.length === 0 && parsed.newer.length === 0)
            expect(result.progress.answers[key.slice('item:'.length)]).toEqual(
              parsed.progress.answers[key.slice('item:'.length)],
            );
        }
      }),
      { numRuns: 3000 },
    );
    for (const text of ['', 'x', '{', '{"format":"crm-course-progress","version":2,"exportedAt":"","entries":[]}'])
      expect(() => readImportFile(text)).not.toThrow();
  });
});
