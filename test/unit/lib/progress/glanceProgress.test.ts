/**
 * The home card's zod-free reading counts exactly what the store's reading counts: the same
 * answers, tests, chapters read and widgets tried, over thousands of stored states with valid
 * records of every response kind, records from version 1 and from a newer version, and corrupted
 * or foreign text under every key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glanceProgress } from '../../../../src/lib/progress/glanceProgress.ts';
import { readProgress } from '../../../../src/lib/progress/readProgress.ts';
import { corrupted, itemId, slug, time, validAttempt, validOther } from './storedStates.ts';

const id = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
/** Responses of every kind, valid ones and ones just past a limit. */
const response = fc.oneof(
  fc.record({ kind: fc.constant('multiple'), choices: fc.array(id, { maxLength: 52 }) }),
  fc.record({ kind: fc.constant('ordering'), order: fc.array(fc.oneof(id, fc.constant('')), { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('matching'), pairs: fc.dictionary(id, fc.oneof(id, fc.constant(''))) }),
  fc.record({ kind: fc.constant('categorising'), placements: fc.dictionary(id, id) }),
  fc.record(
    { kind: fc.constant('numeric'), value: fc.double(), text: fc.string({ maxLength: 202 }) },
    { requiredKeys: ['kind', 'value'] },
  ),
  fc.record({ kind: fc.constant('text'), text: fc.string({ maxLength: 502 }) }),
  fc.record({ kind: fc.constant('single'), choice: fc.oneof(id, fc.boolean()) }),
  fc.record({ kind: fc.constant('trueFalse'), choice: fc.oneof(fc.boolean(), id) }),
);
const attempt = fc.oneof(
  validAttempt,
  fc
    .tuple(validAttempt, response, fc.option(fc.boolean(), { nil: undefined }))
    .map(([a, r, hard]) => (hard === undefined ? { ...a, response: r } : { ...a, response: r, hard })),
  validAttempt.map((a) => ({ ...a, score: 1.5 })),
  validAttempt.map((a) => ({ ...a, extra: 1 })),
  validAttempt.map((a) => ({ ...a, fingerprint: 'x'.repeat(25) })),
  validAttempt.map((a) => ({ ...a, at: 2 ** 53 })),
);
/** An item record of version 2, of version 1 (migrated by the store) or of a newer version (left alone). */
const itemRecord = fc.oneof(
  fc.array(attempt, { maxLength: 4 }).map((attempts) => ({ v: 2, attempts })),
  attempt.map((a) => ({ v: 1, response: a.response, score: a.score, at: a.at })),
  attempt.map((a) => ({ v: 3, attempts: [a] })),
);
const itemEntries = fc
  .array(fc.tuple(itemId, itemRecord), { maxLength: 5 })
  .map((pairs) => pairs.map(([item, value]) => [`item:${item}`, JSON.stringify(value)] as const));
const testEntries = fc.array(
  fc
    .tuple(
      slug,
      fc.oneof(slug, fc.constant('')),
      id,
      time,
      fc.double({ min: -0.5, max: 1.5, noNaN: true }),
      fc.dictionary(id, fc.double({ min: 0, max: 1.2 })),
    )
    .map(([keyChapter, chapter, attemptId, at, score, itemScores]) => [
      `test:${keyChapter}:${attemptId}`,
      JSON.stringify({ v: 2, chapter: chapter || keyChapter, at, score, itemScores }),
    ]),
  { maxLength: 3 },
);
const markEntries = fc.array(
  fc
    .tuple(
      fc.constantFrom('read', 'widget'),
      slug,
      fc.constantFrom('', ':QueueSimulator', ':9bad', ':a:b'),
      fc.oneof(time, fc.constant(-1)),
    )
    .map(([kind, chapter, widget, at]) => [`${kind}:${chapter}${widget}`, JSON.stringify({ v: 2, at })]),
  { maxLength: 4 },
);
const brokenEntries = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'item:ch1-a',
      'test:01-a:x',
      'read:01-a',
      'widget:01-a:Quiz',
      'draft:ch1-a',
      'toString',
      '__proto__',
    ),
    fc.string(),
  ),
  corrupted,
  { maxKeys: 4 },
);

const counted = ({ answers, tests, read, widgets }: ReturnType<typeof glanceProgress>) => ({
  answers,
  tests,
  read,
  widgets,
});

describe('glanceProgress', () => {
  it('reads the same answers, tests, chapters read and widgets tried as the store, over 4 000 stored states', () => {
    fc.assert(
      fc.property(
        itemEntries,
        testEntries,
        markEntries,
        fc.array(validOther, { maxLength: 3 }),
        brokenEntries,
        (items, tests, marks, others, broken) => {
          const entries: Record<string, string> = { ...broken };
          for (const [key, text] of [...items, ...tests, ...marks, ...others]) entries[key] = text;
          expect(counted(glanceProgress(entries))).toEqual(counted(readProgress(entries).progress));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('counts a worked example by hand', () => {
    const glance = glanceProgress({
      'item:ch1-a': JSON.stringify({
        v: 2,
        attempts: [
          { id: 'x', at: 5, fingerprint: 'f', response: { kind: 'single', choice: 'b' }, score: 1, mode: 'practice' },
        ],
      }),
      'item:ch1-b': '{"v":2,"attempts":[{"id":"y"}]}',
      'read:01-foundations': '{"v":2,"at":7}',
      'widget:01-foundations:ChurnCompounding': '{"v":2,"at":8}',
      'read:01-x:extra': '{"v":2,"at":7}',
      'test:01-foundations:t1': '{"v":2,"chapter":"01-foundations","at":9,"score":0.5,"itemScores":{"ch1-a":1}}',
    });
    expect(Object.keys(glance.answers)).toEqual(['ch1-a']);
    expect(glance.read).toEqual({ '01-foundations': 7 });
    expect(glance.widgets).toEqual({ '01-foundations:ChurnCompounding': 8 });
    expect(glance.tests['t1']?.score).toBe(0.5);
  });
});
