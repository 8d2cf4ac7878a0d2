/**
 * `cmi.suspend_data`: records survive the round trip exactly, every chapter's quiz filled with the
 * longest answers it allows fits in 4,096 characters, an over-long state gives the notice's
 * problem value, and nothing a learner or an LMS could hand over makes decoding throw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Attempt, DraftRecord, StoredResponse } from '../../../../src/schemas/progress.ts';
import { quizSchema, type QuizItem } from '../../../../src/schemas/quiz.ts';
import {
  ANSWER_TEXT_MAX,
  NUMBER_TEXT_MAX,
  emptyProgress,
  type Progress,
} from '../../../../src/lib/progress/progressState.ts';
import { encodeRecord, readProgress, readsBack } from '../../../../src/lib/progress/readProgress.ts';
import {
  COMPACTION,
  SUSPEND_DATA_MAX,
  decodeSuspendData,
  encodeSuspendData,
} from '../../../../src/lib/scorm/suspendData.ts';

const chapter = { slug: '07-complaints', scenarioIds: ['lost-parcel'] };
const at = Date.UTC(2026, 11, 5, 14, 30);

/** Progress back from suspend data, read as storage is read: through the progress schemas. */
function roundTrip(progress: Progress, slug = chapter) {
  const encoded = encodeSuspendData(progress, slug);
  if (!encoded.ok) throw new Error('too long');
  const decoded = decodeSuspendData(encoded.text, slug);
  if (!decoded.ok) throw new Error('unreadable');
  return { encoded, read: readProgress(decoded.records) };
}

const attempt = (response: StoredResponse, extra: Partial<Attempt> = {}): Attempt => ({
  id: 'mhx1k2p3-1z141z3',
  at,
  fingerprint: '1x054k97rzc',
  response,
  score: 1,
  mode: 'test',
  ...extra,
});

describe('suspend data round trip', () => {
  it('gives back every kind of record as it was (the latest attempt of each item)', () => {
    const progress: Progress = {
      ...emptyProgress(),
      answers: {
        'ch7-voice': [
          attempt({ kind: 'single', choice: 'old' }, { at: at - 1000, id: 'old-1' }),
          attempt({ kind: 'single', choice: 'exit' }),
        ],
        'ch7-fair': [
          attempt({ kind: 'matching', pairs: { a: 'x', b: 'y' } }, { score: 0.5, hard: true, mode: 'practice' }),
        ],
        'ch7-steps': [
          attempt({ kind: 'ordering', order: ['c', 'a', 'b'] }, { score: 1 / 3, hard: false, mode: 'review' }),
        ],
        'ch7-rate': [attempt({ kind: 'numeric', value: 0.15, text: '15%' })],
        'ch7-term': [attempt({ kind: 'text', text: '服务补救 "quoted" \\ back' })],
        'ch7-sort': [attempt({ kind: 'categorising', placements: { p: 'q' } })],
        'ch7-many': [attempt({ kind: 'multiple', choices: ['a', 'b'] })],
        'ch7-tf': [attempt({ kind: 'trueFalse', choice: false })],
        'ch7-essay': [attempt({ kind: 'written', text: '论述', ticked: ['r1', 'r2'] })],
      },
      tests: {
        'mhx1k2p3-abc': {
          v: 2,
          chapter: '07-complaints',
          at,
          score: 0.8,
          itemScores: { 'ch7-voice': 1, 'ch7-fair': 0.5 },
        },
      },
      drafts: {
        'ch7-rate': { v: 2, at, input: { kind: 'numeric', text: '1,5' } },
        'ch7-voice': { v: 2, at, input: { kind: 'single' } },
        'ch7-tf': { v: 2, at, input: { kind: 'trueFalse', choice: true } },
        'ch7-essay': { v: 2, at, input: { kind: 'written', text: '草稿' } },
      },
      read: { '07-complaints': at },
      widgets: { '07-complaints:ComplaintRolePlay': at },
      roleplays: {
        'lost-parcel': {
          v: 2,
          at,
          best: { ending: 'stays', at: at - 5 },
          path: [
            { nodeId: 'open', choiceId: 'greet' },
            { nodeId: 'two', choiceId: 'own', freeText: '我的话' },
          ],
        },
      },
    };
    const { encoded, read } = roundTrip(progress);
    expect(encoded.dropped).toEqual([]);
    expect(read.unreadable).toEqual([]);
    // The latest answer per item, and of a role-play only its best ending: the learner's own words stay on the device.
    const sent = {
      ...progress,
      answers: { ...progress.answers, 'ch7-voice': [progress.answers['ch7-voice']![1]!] },
      roleplays: { 'lost-parcel': { v: 2, at: at - 5, best: { ending: 'stays', at: at - 5 }, path: [] } },
    };
    expect(read.progress).toEqual(sent);
    expect(encoded.text).not.toContain('我的话');
  });

  it('names each item without its chapter prefix, and an item of another chapter in full', () => {
    const progress = { ...emptyProgress(), answers: { 'ch7-voice': [attempt({ kind: 'trueFalse', choice: true })] } };
    const encoded = encodeSuspendData(progress, chapter);
    expect(encoded.ok && encoded.text).toContain('["voice"]');
    const other = { ...emptyProgress(), answers: { 'ch1-x': [attempt({ kind: 'trueFalse', choice: true })] } };
    expect(roundTrip(other).read.progress.answers).toEqual(other.answers);
  });

  it('round-trips any typed answer, any score and any time exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: ANSWER_TEXT_MAX, unit: 'grapheme' }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 8_640_000_000_000_000 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (text, score, time, value) => {
          const progress: Progress = {
            ...emptyProgress(),
            answers: {
              'ch7-term': [attempt({ kind: 'text', text }, { score, at: time })],
              'ch7-rate': [attempt({ kind: 'numeric', value }, { at: time })],
            },
            drafts: { 'ch7-term': { v: 2, at: time, input: { kind: 'text', text } } },
          };
          const { read } = roundTrip(progress);
          expect(read.progress.answers['ch7-term']).toEqual(progress.answers['ch7-term']);
          expect(read.progress.answers['ch7-rate']![0]!.response).toEqual({
            kind: 'numeric',
            value: value === 0 ? 0 : value,
          });
          expect(read.progress.drafts).toEqual(progress.drafts);
        },
      ),
    );
  });

  it('never throws on text that is not suspend data, and gives back only records the schemas accept', () => {
    const anything = fc.jsonValue();
    const nearlySuspendData = fc
      .tuple(anything, anything, anything, anything, anything)
      .map(([items, tests, drafts, read, roleplays]) =>
        JSON.stringify([1, 'mxaiej40', ['voice', 'fair', '=ch1-x'], items, tests, drafts, read, {}, roleplays]),
      );
    const shuffledRecord = fc
      .tuple(fc.string({ maxLength: 20 }), fc.double(), fc.jsonValue())
      .map(([id, score, response]) =>
        JSON.stringify([1, '0', ['voice'], [[id, '1', 'fp', score, 1, response]], {}, [], 0, {}, {}]),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), nearlySuspendData, shuffledRecord), (text) => {
        const decoded = decodeSuspendData(text, chapter);
        if (decoded.ok) {
          const { progress, unreadable } = readProgress(decoded.records);
          // Every record read from it is one the course would write and read back as it is.
          for (const key of Object.keys(decoded.records).filter((key) => !unreadable.includes(key))) {
            const again = encodeRecord(progress, key);
            expect(again, key).toBeDefined();
            expect(readsBack(key, again!), key).toBe(true);
          }
        } else expect(decoded.problem).toEqual({ kind: 'unreadable' });
      }),
    );
  });
});

// The largest answers each item type allows, for every chapter's quiz.
const quizzes = readdirSync('content/quizzes')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({
    slug: file.replace(/\.yaml$/, ''),
    quiz: quizSchema.parse(parse(readFileSync(`content/quizzes/${file}`, 'utf8'))),
  }));
const longest = (ids: string[]) => ids.reduce((a, b) => (b.length > a.length ? b : a));
/** A typed number as long as the box allows: 200 digits. */
const longNumber = '9'.repeat(NUMBER_TEXT_MAX);
/** Chinese text as long as the box allows: each character one of the 4,096. */
const longText = '服'.repeat(ANSWER_TEXT_MAX);

function longestResponse(item: QuizItem): StoredResponse {
  switch (item.type) {
    case 'single':
      return { kind: 'single', choice: longest(item.options.map((option) => option.id)) };
    case 'trueFalse':
      return { kind: 'trueFalse', choice: false };
    case 'multiple':
      return { kind: 'multiple', choices: item.options.map((option) => option.id) };
    case 'ordering':
      return { kind: 'ordering', order: item.options.map((option) => option.id) };
    case 'matching': {
      const right = longest(item.right.map((option) => option.id));
      return { kind: 'matching', pairs: Object.fromEntries(item.left.map((option) => [option.id, right])) };
    }
    case 'categorising': {
      const bucket = longest(item.buckets.map((option) => option.id));
      return {
        kind: 'categorising',
        placements: Object.fromEntries(item.options.map((option) => [option.id, bucket])),
      };
    }
    case 'numeric':
      return { kind: 'numeric', value: Number(longNumber), text: longNumber };
    case 'text':
      return { kind: 'text', text: longText };
  }
}

function longestInput(item: QuizItem): DraftRecord['input'] {
  const response = longestResponse(item);
  if (response.kind === 'numeric') return { kind: 'numeric', text: longNumber };
  if (response.kind === 'written') return { kind: 'written', text: response.text };
  return response;
}

/** A full chapter: every item answered at its longest (partial scores, the longest to write), marked hard, in test mode. */
function fullProgress(slug: string, items: QuizItem[], { submitted = true, drafts = false } = {}): Progress {
  const idAt = (n: number) => `${(at + n).toString(36)}-${'z'.repeat(7)}`;
  const progress = emptyProgress();
  if (submitted) {
    for (const [n, item] of items.entries())
      progress.answers[item.id] = [
        {
          id: idAt(n),
          at: at + n,
          fingerprint: 'f'.repeat(13),
          response: longestResponse(item),
          score: 1 / 3,
          mode: 'test',
          hard: true,
        },
      ];
    progress.tests[idAt(99)] = {
      v: 2,
      chapter: slug,
      at: at + 99,
      score: 1 / 3,
      itemScores: Object.fromEntries(items.map((item) => [item.id, 1 / 3])),
    };
  }
  if (drafts) for (const item of items) progress.drafts[item.id] = { v: 2, at: at + 200, input: longestInput(item) };
  progress.read[slug] = at;
  for (const widget of ['ChurnCompounding', 'CustomerPyramidExplorer', 'QueueSimulator'])
    progress.widgets[`${slug}:${widget}`] = at;
  return progress;
}

describe('the largest quiz fits in 4,096 characters', () => {
  it('covers every chapter’s quiz, the largest (most items) among them', () => {
    const chapters = readdirSync('content/chapters/zh-cn').map((file) => file.replace(/\.mdx$/, ''));
    expect(quizzes.map(({ slug }) => slug)).toEqual(chapters);
  });

  it.each(quizzes.map(({ slug, quiz }) => [slug, quiz.items] as const))(
    '%s: a submitted test with every answer at its longest fits, typed numbers (200 characters each) left out only if it must',
    (slug, items) => {
      const progress = fullProgress(slug, items);
      const { encoded, read } = roundTrip(progress, { slug, scenarioIds: [] });
      expect(encoded.text.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
      expect(encoded.dropped.every((step) => step === 'typedNumbers')).toBe(true);
      const withoutTyped = (answers: Progress['answers']) =>
        Object.fromEntries(
          Object.entries(answers).map(([id, attempts]) => [
            id,
            attempts.map((attempt) =>
              attempt.response.kind === 'numeric'
                ? { ...attempt, response: { kind: 'numeric', value: attempt.response.value } }
                : attempt,
            ),
          ]),
        );
      expect(read.progress.tests).toEqual(progress.tests);
      if (encoded.dropped.length === 0) expect(read.progress).toEqual(progress);
      else expect(read.progress.answers).toEqual(withoutTyped(progress.answers));
    },
  );

  it.each(quizzes.map(({ slug, quiz }) => [slug, quiz.items] as const))(
    '%s: a first test under way, every draft at its longest, fits whole',
    (slug, items) => {
      const progress = fullProgress(slug, items, { submitted: false, drafts: true });
      const { encoded, read } = roundTrip(progress, { slug, scenarioIds: [] });
      expect(encoded.dropped).toEqual([]);
      expect(read.progress).toEqual(progress);
    },
  );

  it.each(quizzes.map(({ slug, quiz }) => [slug, quiz.items] as const))(
    '%s: a retake under way after a submitted test keeps the test’s score and every draft, leaving out earlier answers if it must',
    (slug, items) => {
      const progress = fullProgress(slug, items, { drafts: true });
      const { encoded, read } = roundTrip(progress, { slug, scenarioIds: [] });
      expect(encoded.text.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
      expect(read.progress.tests).toEqual(progress.tests);
      expect(read.progress.drafts).toEqual(progress.drafts);
      if (encoded.dropped.includes('attempts')) expect(read.progress.answers).toEqual({});
      else expect(Object.keys(read.progress.answers)).toHaveLength(items.length);
    },
  );
});

describe('compaction and the over-long state', () => {
  it('leaves parts out in the stated order, only as far as it must', () => {
    expect(COMPACTION).toEqual(['olderTests', 'typedNumbers', 'attempts']);
    const itemScores = Object.fromEntries(Array.from({ length: 20 }, (_, n) => [`ch7-item-${n}`, 1 / 3]));
    const tests = Object.fromEntries(
      Array.from({ length: 5 }, (_, n) => [
        `test-${n}`,
        { v: 2 as const, chapter: '07-complaints', at: at + n, score: n / 10, itemScores },
      ]),
    );
    const progress: Progress = {
      ...emptyProgress(),
      answers: { 'ch7-rate': [attempt({ kind: 'numeric', value: 15, text: '15.000000000000000000' })] },
      tests,
    };
    const full = encodeSuspendData(progress, chapter);
    expect(full.ok && full.dropped).toEqual([]);
    // Five tests of 20 scores of 18 characters each (0.3333333333333333) cannot fit in 1,000: the
    // older four go, the latest stays; the typed number stays, as that was enough.
    const smaller = encodeSuspendData(progress, chapter, 1000);
    expect(smaller.ok && smaller.dropped).toEqual(['olderTests']);
    const back = smaller.ok ? decodeSuspendData(smaller.text, chapter) : undefined;
    const read = readProgress(back?.ok ? back.records : {});
    expect(Object.keys(read.progress.tests)).toEqual(['test-4']);
    expect(read.progress.answers['ch7-rate']![0]!.response).toEqual({
      kind: 'numeric',
      value: 15,
      text: '15.000000000000000000',
    });
    // Tighter still: the typed number goes too, then the answer itself.
    const tighter = encodeSuspendData(progress, chapter, smaller.ok ? smaller.text.length - 1 : 0);
    expect(tighter.ok && tighter.dropped).toEqual(['olderTests', 'typedNumbers']);
    const tightest = encodeSuspendData(progress, chapter, tighter.ok ? tighter.text.length - 1 : 0);
    expect(tightest.ok && tightest.dropped).toEqual(['olderTests', 'typedNumbers', 'attempts']);
  });

  it('gives the notice’s problem value, not an exception, when even the smallest form is too long', () => {
    // A quiz of 200 items with drafts at their longest (no real quiz has so many).
    const drafts = Object.fromEntries(
      Array.from({ length: 200 }, (_, n) => [
        `ch7-item-${n}`,
        { v: 2 as const, at, input: { kind: 'text' as const, text: longText } },
      ]),
    );
    const result = encodeSuspendData({ ...emptyProgress(), drafts }, chapter);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.kind).toBe('tooLong');
      expect(result.problem.length).toBeGreaterThan(200 * ANSWER_TEXT_MAX);
    }
  });
});
