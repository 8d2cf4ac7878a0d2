/**
 * Generators of stored progress records for property tests: valid records of every kind the store
 * writes (all nine response kinds, drafts, tests, marks, role-plays, mock exam papers), with texts, attempt lists and
 * timestamps across their whole ranges up to each limit, ids named like built-in properties; and
 * broken text, including records just past each limit.
 */
import fc from 'fast-check';
import { draftRecord, roleplayRecord, testRecord } from '../../../../src/lib/progress/progressRecords.ts';
import {
  ANSWER_TEXT_MAX,
  ATTEMPTS_MAX,
  LATEST_TIME,
  NUMBER_TEXT_MAX,
  OWN_WORDS_MAX,
  WRITTEN_TEXT_MAX,
} from '../../../../src/lib/progress/progressState.ts';
import type { Attempt, DraftRecord, StoredResponse } from '../../../../src/schemas/progress.ts';

/** Names every object inherits: an id spelt like one must be looked up as the record's own, never inherited. */
export const builtInName = fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__');
/** An id inside a record (an option, a row, a category): up to the schema's 80 characters, or a built-in name. */
const choiceId = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z0-9-]{1,12}$/), weight: 8 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 80 }), weight: 1 },
  { arbitrary: builtInName, weight: 1 },
);
/** Text up to `max` characters, often near it, as a learner who types a lot writes it. */
const textUpTo = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.integer({ min: max - 20, max }).map((length) => 'é'.repeat(length)),
  );
/** Any moment a record may carry: the whole range a date can show, its ends included. */
export const time = fc.oneof(
  fc.integer({ min: 0, max: 4_000_000_000_000 }),
  fc.bigInt(0n, BigInt(LATEST_TIME)).map(Number),
  fc.constantFrom(0, LATEST_TIME),
);
/** A written answer: usually a few words, now and then an essay at the limit (kept rare: long texts slow 10,000 runs). */
const writtenText = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 9 },
  { arbitrary: fc.integer({ min: WRITTEN_TEXT_MAX - 20, max: WRITTEN_TEXT_MAX }).map((n) => 'é'.repeat(n)), weight: 1 },
);
const ids = fc.uniqueArray(choiceId, { maxLength: 6 });
const pairs = fc.dictionary(choiceId, choiceId, { maxKeys: 5 });

export const validResponse: fc.Arbitrary<StoredResponse> = fc.oneof(
  fc.record({ kind: fc.constant('single' as const), choice: choiceId }),
  fc.record({ kind: fc.constant('trueFalse' as const), choice: fc.boolean() }),
  fc.record({ kind: fc.constant('multiple' as const), choices: ids }),
  fc.record({ kind: fc.constant('ordering' as const), order: ids }),
  fc.record({ kind: fc.constant('matching' as const), pairs }),
  fc.record({ kind: fc.constant('categorising' as const), placements: pairs }),
  fc.record(
    {
      kind: fc.constant('numeric' as const),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      text: textUpTo(NUMBER_TEXT_MAX),
    },
    { requiredKeys: ['kind', 'value'] },
  ),
  fc.record({ kind: fc.constant('text' as const), text: textUpTo(ANSWER_TEXT_MAX) }),
  fc.record({ kind: fc.constant('written' as const), text: writtenText, ticked: ids }),
);

/** What a learner has entered in test mode, possibly incomplete. */
const validInput: fc.Arbitrary<DraftRecord['input']> = fc.oneof(
  fc.record({ kind: fc.constant('single' as const), choice: choiceId }, { requiredKeys: ['kind'] }),
  fc.record({ kind: fc.constant('trueFalse' as const), choice: fc.boolean() }, { requiredKeys: ['kind'] }),
  fc.record({ kind: fc.constant('multiple' as const), choices: ids }),
  fc.record({ kind: fc.constant('ordering' as const), order: ids }),
  fc.record({ kind: fc.constant('matching' as const), pairs }),
  fc.record({ kind: fc.constant('categorising' as const), placements: pairs }),
  fc.record({ kind: fc.constant('numeric' as const), text: textUpTo(NUMBER_TEXT_MAX) }),
  fc.record({ kind: fc.constant('text' as const), text: textUpTo(ANSWER_TEXT_MAX) }),
  fc.record({ kind: fc.constant('written' as const), text: writtenText }),
);

export const itemId = fc.stringMatching(/^ch[1-8]-[a-z]{1,8}$/);
export const validAttempt: fc.Arbitrary<Attempt> = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    at: time,
    fingerprint: fc.stringMatching(/^[a-z0-9]{1,12}$/),
    response: validResponse,
    score: fc.double({ min: 0, max: 1, noNaN: true }),
    mode: fc.constantFrom('practice' as const, 'test' as const, 'review' as const),
    hard: fc.boolean(),
  },
  { requiredKeys: ['id', 'at', 'fingerprint', 'response', 'score', 'mode'] },
);
/** An item's answers: usually a few, now and then exactly as many as a record keeps. */
const validAttempts = fc.oneof(
  { arbitrary: fc.array(validAttempt, { minLength: 1, maxLength: 4 }), weight: 100 },
  {
    arbitrary: validAttempt.map((one) => Array.from({ length: ATTEMPTS_MAX }, (_, n) => ({ ...one, id: `a${n}` }))),
    weight: 1,
  },
);
export const validItem = validAttempts.map((attempts) => JSON.stringify({ v: 2, attempts }));

export const slug = fc.stringMatching(/^0[1-8]-[a-z]{1,10}$/);
// Key parts the reader accepts (src/lib/progress/readProgress.ts), built-in names among them where they fit.
const scenarioId = fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,10}$/), fc.constant('constructor'));
const widgetName = fc.oneof(
  fc.constantFrom('ChurnCompounding', 'QueueSimulator'),
  builtInName.filter((name) => name !== '__proto__'),
);
const testId = fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,12}$/), fc.constant('constructor'));
const ending = fc.constantFrom('staysAndPraises', 'stays', 'leavesQuietly', 'escalatesPublicly');
const pathStep = fc.record(
  { nodeId: choiceId, choiceId, freeText: textUpTo(OWN_WORDS_MAX).filter((text) => text.length > 0) },
  { requiredKeys: ['nodeId', 'choiceId'] },
);

/**
 * Valid records of the other kinds, keyed as the store keys them, built by the store's own record
 * builders so their text is exactly what the store would write.
 */
export const validOther = fc.oneof(
  fc.tuple(slug, time).map(([chapter, at]) => [`read:${chapter}`, JSON.stringify({ v: 2, at })] as const),
  fc
    .tuple(slug, widgetName, time)
    .map(([chapter, widget, at]) => [`widget:${chapter}:${widget}`, JSON.stringify({ v: 2, at })] as const),
  fc
    .tuple(scenarioId, time, fc.option(ending, { nil: undefined }), fc.array(pathStep, { maxLength: 4 }))
    .map(
      ([scenario, at, best, path]) =>
        [`roleplay:${scenario}`, JSON.stringify(roleplayRecord(at, path, best && { ending: best, at }))] as const,
    ),
  fc
    .tuple(itemId, time, validInput)
    .map(([id, at, input]) => [`draft:${id}`, JSON.stringify(draftRecord(at, input))] as const),
  fc
    .tuple(slug, testId, time, fc.double({ min: 0, max: 1, noNaN: true }), fc.dictionary(itemId, fc.constant(1)))
    .map(
      ([chapter, id, at, score, itemScores]) =>
        [`test:${chapter}:${id}`, JSON.stringify(testRecord(chapter, at, score, itemScores))] as const,
    ),
  fc
    .tuple(
      testId,
      time,
      fc.array(itemId, { maxLength: 11 }),
      fc.integer({ min: 60_000, max: 24 * 3_600_000 }),
      fc.dictionary(itemId, writtenText, { maxKeys: 3 }),
      fc.option(time, { nil: undefined }),
    )
    .map(([paperId, at, items, limit, answers, markedAt]) => {
      const paper = { v: 2, at, items, limit, used: 0, answers, ticks: {} };
      return [
        `mock:${paperId}`,
        JSON.stringify(
          markedAt === undefined
            ? paper
            : { ...paper, submitted: markedAt, marked: { at: markedAt, got: 1, total: 4 } },
        ),
      ] as const;
    }),
);
export const validText = fc.oneof(
  validItem,
  validOther.map(([, text]) => text),
);

/**
 * Valid records pushed just past one of their limits, keyed as the store keys them: one character,
 * one answer or one millisecond too many. The reader must set each aside.
 */
export const pastALimit = fc.oneof(
  validAttempt.map(
    (one) =>
      [
        'item:ch1-long',
        JSON.stringify({
          v: 2,
          attempts: [{ ...one, response: { kind: 'text', text: 'x'.repeat(ANSWER_TEXT_MAX + 1) } }],
        }),
      ] as const,
  ),
  validAttempt.map(
    (one) =>
      [
        'item:ch1-busy',
        JSON.stringify({
          v: 2,
          attempts: Array.from({ length: ATTEMPTS_MAX + 1 }, (_, n) => ({ ...one, id: `a${n}` })),
        }),
      ] as const,
  ),
  validAttempt.map(
    (one) => ['item:ch1-late', JSON.stringify({ v: 2, attempts: [{ ...one, at: LATEST_TIME + 1 }] })] as const,
  ),
  fc.constant(['read:01-foundations', JSON.stringify({ v: 2, at: Number.MAX_SAFE_INTEGER })] as const),
  fc.constant(['widget:01-foundations:ChurnCompounding', JSON.stringify({ v: 2, at: -1 })] as const),
  fc.constant([
    'draft:ch1-long',
    JSON.stringify({ v: 2, at: 0, input: { kind: 'text', text: 'x'.repeat(ANSWER_TEXT_MAX + 1) } }),
  ] as const),
  fc.constant([
    'roleplay:lost-parcel',
    JSON.stringify({ v: 2, at: 0, path: [{ nodeId: 'a', choiceId: 'b', freeText: 'x'.repeat(OWN_WORDS_MAX + 1) }] }),
  ] as const),
);

/** Ways stored text gets broken: truncated, bytes flipped, wrong types, past a limit, random JSON, random text. */
export const corrupted = fc.oneof(
  validText.chain((text) => fc.nat(text.length - 1).map((cut) => text.slice(0, cut))),
  validText.chain((text) =>
    fc
      .tuple(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 1 }))
      .map(([at, c]) => text.slice(0, at) + c + text.slice(at + 1)),
  ),
  pastALimit.map(([, text]) => text),
  fc.json(),
  fc.string(),
  fc.constantFrom('null', '[]', '{"v":2}', '{"v":2,"attempts":{}}', '{"v":"2","attempts":[]}', 'undefined'),
);
