import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeResponse } from '../../../../src/lib/quiz/grade.ts';
import { normalizeAnswerText } from '../../../../src/lib/quiz/normalizeAnswerText.ts';

describe('normalizeAnswerText', () => {
  it('folds full-width characters, case and spacing, and leaves Chinese characters alone', () => {
    expect(normalizeAnswerText('  ＣＲＭ　系统 ')).toBe('crm 系统');
    expect(normalizeAnswerText('Customer   Lifetime\tValue')).toBe('customer lifetime value');
    expect(normalizeAnswerText('１２３')).toBe('123');
  });
});

describe('gradeResponse', () => {
  it('grades single choice and true/false as right or wrong', () => {
    expect(gradeResponse({ kind: 'single', correct: 'b' }, { kind: 'single', choice: 'b' })).toEqual({
      score: 1,
      correct: true,
    });
    expect(gradeResponse({ kind: 'single', correct: 'b' }, { kind: 'single', choice: 'c' }).score).toBe(0);
    expect(gradeResponse({ kind: 'trueFalse', correct: false }, { kind: 'trueFalse', choice: false }).correct).toBe(
      true,
    );
  });

  it('gives multiple choice 1/k per right option and takes a share back per wrong one', () => {
    const key = { kind: 'multiple', correct: ['a', 'b', 'c'] } as const;
    const score = (choices: string[]) =>
      gradeResponse({ ...key, correct: [...key.correct] }, { kind: 'multiple', choices }).score;
    expect(score(['a', 'b', 'c'])).toBe(1);
    expect(score(['a', 'b'])).toBeCloseTo(2 / 3, 12);
    expect(score(['a', 'b', 'd'])).toBeCloseTo(1 / 3, 12);
    expect(score(['a', 'd', 'e'])).toBe(0);
    expect(score(['a', 'b', 'c', 'd'])).toBeCloseTo(2 / 3, 12);
  });

  it('scores ordering by the share of pairs in the right relative order', () => {
    const ladder = ['prospect', 'first-time', 'repeat', 'client'];
    const score = (order: string[]) =>
      gradeResponse({ kind: 'ordering', correct: ladder }, { kind: 'ordering', order }).score;
    expect(score(ladder)).toBe(1);
    // One adjacent swap breaks 1 of the 6 pairs.
    expect(score(['prospect', 'repeat', 'first-time', 'client'])).toBeCloseTo(5 / 6, 12);
    expect(score([...ladder].reverse())).toBe(0);
  });

  it('scores matching and categorising by the share placed right', () => {
    const bonds = { points: 'financial', manager: 'social', edi: 'structural', club: 'social' };
    expect(
      gradeResponse(
        { kind: 'categorising', correct: bonds },
        { kind: 'categorising', placements: { points: 'financial', manager: 'social', edi: 'social' } },
      ).score,
    ).toBe(0.5);
    expect(
      gradeResponse({ kind: 'matching', correct: { a: '1', b: '2' } }, { kind: 'matching', pairs: { a: '1', b: '2' } })
        .correct,
    ).toBe(true);
  });

  it('accepts a numeric answer within an absolute or relative tolerance', () => {
    // CLV = 100 × 0.8 / (1 + 0.1 − 0.8) = 266.67
    const key = { kind: 'numeric', value: 266.67, tolerance: 0.5 } as const;
    expect(gradeResponse(key, { kind: 'numeric', value: 266.7 }).correct).toBe(true);
    expect(gradeResponse(key, { kind: 'numeric', value: 267.2 }).correct).toBe(false);
    const relative = { kind: 'numeric', value: 1000, tolerance: 0.01, relative: true } as const;
    expect(gradeResponse(relative, { kind: 'numeric', value: 1010 }).correct).toBe(true);
    expect(gradeResponse(relative, { kind: 'numeric', value: 1011 }).correct).toBe(false);
    expect(gradeResponse(relative, { kind: 'numeric', value: Number.NaN }).correct).toBe(false);
  });

  it('accepts typed text in any listed variant, whatever the width or case', () => {
    const key = { kind: 'text', accepted: ['客户终身价值', 'CLV', 'customer lifetime value'] } as const;
    const right = (text: string) =>
      gradeResponse({ ...key, accepted: [...key.accepted] }, { kind: 'text', text }).correct;
    expect(right(' ｃｌｖ ')).toBe(true);
    expect(right('Customer  Lifetime Value')).toBe(true);
    expect(right('客户终身价值')).toBe(true);
    expect(right('客户价值')).toBe(false);
    expect(right('')).toBe(false);
  });

  it('gives nothing for a response of another type', () => {
    expect(gradeResponse({ kind: 'single', correct: 'a' }, { kind: 'text', text: 'a' }).score).toBe(0);
  });
});

describe('gradeResponse on any response', () => {
  it('always gives a score between 0 and 1, and "correct" only for a full score', () => {
    const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 6 });
    const mapping = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('x', 'y', 'z'));
    fc.assert(
      fc.property(ids, ids, mapping, mapping, fc.double(), fc.string(), (key, given, keyMap, givenMap, value, text) => {
        const grades = [
          gradeResponse({ kind: 'multiple', correct: key }, { kind: 'multiple', choices: given }),
          gradeResponse({ kind: 'ordering', correct: [...new Set(key)] }, { kind: 'ordering', order: given }),
          gradeResponse({ kind: 'categorising', correct: keyMap }, { kind: 'categorising', placements: givenMap }),
          gradeResponse({ kind: 'numeric', value: 10, tolerance: 0.5 }, { kind: 'numeric', value }),
          gradeResponse({ kind: 'text', accepted: key }, { kind: 'text', text }),
        ];
        for (const { score, correct } of grades) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          expect(correct).toBe(score === 1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
