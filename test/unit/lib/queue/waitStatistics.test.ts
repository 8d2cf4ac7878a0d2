import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantile, summariseDurations } from '../../../../src/lib/queue/waitStatistics.ts';

/** Type 7 quantile the plain way: sort, then interpolate. */
function sortedQuantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}

describe('wait statistics', () => {
  it('gives Excel PERCENTILE.INC values: median of 1…10 is 5.5, its 95th percentile 9.55', () => {
    const values = [7, 3, 10, 1, 9, 2, 8, 5, 4, 6];
    expect(quantile(values, 0.5)).toBeCloseTo(5.5, 12);
    expect(quantile(values, 0.95)).toBeCloseTo(9.55, 12);
    expect(summariseDurations(values)).toEqual({ mean: 5.5, median: 5.5, p95: expect.closeTo(9.55, 12) });
  });

  it('has no summary for no customers and the value itself for one', () => {
    expect(summariseDurations([])).toBeNull();
    expect(summariseDurations([4])).toEqual({ mean: 4, median: 4, p95: 4 });
  });

  it('agrees with sorting for any list, ties and zeros included, and leaves the input untouched', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 100, noNaN: true })),
          {
            minLength: 1,
            maxLength: 200,
          },
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const before = [...values];
          expect(quantile(values, q)).toBeCloseTo(sortedQuantile(values, q), 9);
          expect(values).toEqual(before);
        },
      ),
    );
  });
});
