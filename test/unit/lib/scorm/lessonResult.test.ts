/** The score and status the LMS is told: the latest submitted test against a mastery score of 60. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASTERY_SCORE, lessonResult } from '../../../../src/lib/scorm/lessonResult.ts';

describe('lessonResult', () => {
  it('is incomplete, with no score, until a test is submitted', () => {
    expect(lessonResult([])).toEqual({ status: 'incomplete' });
  });

  it('scores the latest test, not the best, as a percentage with two decimals', () => {
    // 13 of 15 = 86.666…% → 86.67; then a retake, 1 of 15 = 6.666…% → 6.67, is what stands.
    expect(lessonResult([{ at: 100, score: 13 / 15 }])).toEqual({ status: 'passed', raw: 86.67 });
    expect(
      lessonResult([
        { at: 100, score: 13 / 15 },
        { at: 200, score: 1 / 15 },
      ]),
    ).toEqual({ status: 'failed', raw: 6.67 });
  });

  it('passes at exactly the mastery score and fails just below it', () => {
    expect(MASTERY_SCORE).toBe(60);
    // 9 of 15 = 60%.
    expect(lessonResult([{ at: 1, score: 9 / 15 }])).toEqual({ status: 'passed', raw: 60 });
    // 0.59994 → 59.994% → 59.99.
    expect(lessonResult([{ at: 1, score: 0.59994 }])).toEqual({ status: 'failed', raw: 59.99 });
  });

  it('keeps every score within 0–100, whatever a record says', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(), score: fc.double() }), { minLength: 1 }), (tests) => {
        const { raw, status } = lessonResult(tests);
        expect(raw).toBeGreaterThanOrEqual(0);
        expect(raw).toBeLessThanOrEqual(100);
        expect(status).toBe(raw! >= 60 ? 'passed' : 'failed');
      }),
    );
  });
});
