/** The self-marked score: ticked marks over the rubric's total, checked against sums done by hand. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writtenScore } from '../../../../src/lib/exam/writtenScore.ts';

const rubric = [
  { id: 'known', marks: 2 },
  { id: 'contrast', marks: 1 },
  { id: 'relationship', marks: 1 },
];

describe('writtenScore', () => {
  it('ticking the 2-mark and a 1-mark point of 2+1+1 scores 3 of 4: 0.75', () => {
    expect(writtenScore(rubric, ['known', 'contrast'])).toEqual({ got: 3, total: 4, share: 0.75 });
  });

  it('ticking nothing scores 0 of 4, everything 4 of 4', () => {
    expect(writtenScore(rubric, [])).toEqual({ got: 0, total: 4, share: 0 });
    expect(writtenScore(rubric, ['relationship', 'known', 'contrast'])).toEqual({ got: 4, total: 4, share: 1 });
  });

  it('counts a point ticked twice once, and a tick naming no point (one since removed) as nothing', () => {
    // 5 + 2 of 5 + 2 + 3 = 10 → 0.7.
    const essay = [
      { id: 'a', marks: 5 },
      { id: 'b', marks: 2 },
      { id: 'c', marks: 3 },
    ];
    expect(writtenScore(essay, ['a', 'a', 'b', 'gone'])).toEqual({ got: 7, total: 10, share: 0.7 });
  });

  it('never leaves 0–1, whatever is ticked', () => {
    const points = fc.uniqueArray(
      fc.record({ id: fc.stringMatching(/^[a-z]{1,4}$/), marks: fc.integer({ min: 1, max: 10 }) }),
      { selector: (point) => point.id, minLength: 3, maxLength: 6 },
    );
    fc.assert(
      fc.property(points, fc.array(fc.stringMatching(/^[a-z]{1,4}$/), { maxLength: 10 }), (rubric, ticked) => {
        const { got, total, share } = writtenScore(rubric, ticked);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        expect(got).toBeLessThanOrEqual(total);
      }),
    );
  });
});
