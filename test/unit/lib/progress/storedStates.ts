/** Generators of stored progress records for property tests: valid records of every kind the store writes, and broken text. */
import fc from 'fast-check';
import type { Attempt } from '../../../../src/schemas/progress.ts';

export const itemId = fc.stringMatching(/^ch[1-8]-[a-z]{1,8}$/);
export const validAttempt: fc.Arbitrary<Attempt> = fc.record({
  id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  at: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  fingerprint: fc.stringMatching(/^[a-z0-9]{1,12}$/),
  response: fc.oneof(
    fc.record({ kind: fc.constant('single' as const), choice: fc.stringMatching(/^[a-z]{1,6}$/) }),
    fc.record({ kind: fc.constant('trueFalse' as const), choice: fc.boolean() }),
    fc.record({ kind: fc.constant('numeric' as const), value: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
    fc.record({ kind: fc.constant('text' as const), text: fc.string({ maxLength: 40 }) }),
  ),
  score: fc.double({ min: 0, max: 1, noNaN: true }),
  mode: fc.constantFrom('practice' as const, 'test' as const, 'review' as const),
});
export const validItem = fc
  .array(validAttempt, { minLength: 1, maxLength: 4 })
  .map((attempts) => JSON.stringify({ v: 2, attempts }));

export const time = fc.integer({ min: 0, max: 4_000_000_000_000 });
export const slug = fc.stringMatching(/^0[1-8]-[a-z]{1,10}$/);
/** Valid records of the other kinds, keyed as the store keys them. */
export const validOther = fc.oneof(
  slug.chain((chapter) => time.map((at) => [`read:${chapter}`, JSON.stringify({ v: 2, at })] as const)),
  slug.chain((chapter) => time.map((at) => [`widget:${chapter}:churn`, JSON.stringify({ v: 2, at })] as const)),
  fc
    .tuple(fc.stringMatching(/^[a-z]{1,10}$/), time, fc.constantFrom('stays', 'leavesQuietly', 'escalatesPublicly'))
    .map(
      ([scenario, at, ending]) =>
        [
          `roleplay:${scenario}`,
          JSON.stringify({ v: 2, at, best: { ending, at }, path: [{ nodeId: 'open', choiceId: 'listen' }] }),
        ] as const,
    ),
);
export const validText = fc.oneof(
  validItem,
  validOther.map(([, text]) => text),
);

/** Ways stored text gets broken: truncated, bytes flipped, wrong types, random JSON, random text. */
export const corrupted = fc.oneof(
  validText.chain((text) => fc.nat(text.length - 1).map((cut) => text.slice(0, cut))),
  validText.chain((text) =>
    fc
      .tuple(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 1 }))
      .map(([at, c]) => text.slice(0, at) + c + text.slice(at + 1)),
  ),
  fc.json(),
  fc.string(),
  fc.constantFrom('null', '[]', '{"v":2}', '{"v":2,"attempts":{}}', '{"v":"2","attempts":[]}', 'undefined'),
);
