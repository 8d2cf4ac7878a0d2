/**
 * Property tests: the standardisers and validators take any string without throwing, the
 * standardisers are idempotent, and precision and recall stay in [0, 1] (or are null for 0 / 0)
 * for any proposals and any key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateProblem } from '../../../../src/lib/data-cleaning/calendarDate.ts';
import { cellProblem } from '../../../../src/lib/data-cleaning/cellProblem.ts';
import { customerFields } from '../../../../src/lib/data-cleaning/customerFields.ts';
import { standardiseEmail } from '../../../../src/lib/data-cleaning/emailAddress.ts';
import { emailProblem } from '../../../../src/lib/data-cleaning/emailProblem.ts';
import { linkageScores } from '../../../../src/lib/data-cleaning/linkageScores.ts';
import { pairPoints } from '../../../../src/lib/data-cleaning/matchRule.ts';
import { mobileProblem } from '../../../../src/lib/data-cleaning/mobileProblem.ts';
import { standardiseName } from '../../../../src/lib/data-cleaning/personName.ts';
import { standardisePhone } from '../../../../src/lib/data-cleaning/phoneNumber.ts';
import { pairKey } from '../../../../src/lib/data-cleaning/recordPairs.ts';

// Object's built-in keys among them, which a lookup table must not answer for.
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'Bob __proto__'),
);

describe('any string', () => {
  it('is standardised and validated without an exception, to a known answer', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof standardisePhone(text)).toBe('string');
        expect(typeof standardiseName(text)).toBe('string');
        expect(typeof standardiseEmail(text)).toBe('string');
        expect([null, 'notDigits', 'length', 'prefix']).toContain(mobileProblem(text));
        expect([null, 'form']).toContain(emailProblem(text));
        expect([null, 'form', 'impossible']).toContain(dateProblem(text));
        for (const field of customerFields) cellProblem({ id: 'x', [field]: text }, field);
      }),
    );
  });

  it('standardised once is standardised for good', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(standardisePhone(standardisePhone(text))).toBe(standardisePhone(text));
        expect(standardiseEmail(standardiseEmail(text))).toBe(standardiseEmail(text));
        expect(standardiseName(standardiseName(text))).toBe(standardiseName(text));
      }),
    );
  });

  it('a pair of rows earns between 0 and 5 points, the same in either order', () => {
    const row = (id: string) => fc.record({ id: fc.constant(id), name: anyText, mobile: anyText, email: anyText });
    const rule = fc.record({
      phone: fc.boolean(),
      email: fc.boolean(),
      name: fc.constantFrom('exact' as const, 'standard' as const),
      threshold: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(row('a'), row('b'), rule, (a, b, matchRule) => {
        const points = pairPoints(a, b, matchRule);
        expect(points).toBeGreaterThanOrEqual(0);
        expect(points).toBeLessThanOrEqual(5);
        expect(pairPoints(b, a, matchRule)).toBe(points);
      }),
    );
  });
});

describe('precision and recall', () => {
  const pairs = fc.array(
    fc
      .tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.constantFrom('a', 'b', 'c', 'd', 'e'))
      .map(([x, y]) => pairKey(x, y)),
    { maxLength: 12 },
  );

  it('are in [0, 1], or null exactly when their denominator is 0, and the counts add up', () => {
    fc.assert(
      fc.property(pairs, pairs, (proposed, key) => {
        const scores = linkageScores(proposed, key);
        for (const score of [scores.precision, scores.recall]) {
          if (score === null) continue;
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          expect(Number.isNaN(score)).toBe(false);
        }
        expect(scores.precision === null).toBe(new Set(proposed).size === 0);
        expect(scores.recall === null).toBe(new Set(key).size === 0);
        expect(scores.truePositives.length + scores.falseNegatives.length).toBe(new Set(key).size);
        expect(scores.truePositives.length + scores.falsePositives.length).toBe(new Set(proposed).size);
      }),
    );
  });
});
