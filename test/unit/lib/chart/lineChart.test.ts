/** The line charts' shared geometry, against values worked out by hand. */
import { describe, expect, it } from 'vitest';
import { endLabels, linePath, yearTicks } from '../../../../src/lib/chart/lineChart.ts';

describe('yearTicks', () => {
  it('labels about one year per 50 px, always from year 0', () => {
    // 500 px hold 10 labels: 30 years in steps of 3.
    expect(yearTicks(30, 500)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
    // 200 px hold 4: 5 years in steps of 2, the last year unlabelled rather than crowded.
    expect(yearTicks(5, 200)).toEqual([0, 2, 4]);
    // A plot too narrow for any still gets its two ends.
    expect(yearTicks(1, 10)).toEqual([0, 1]);
  });
});

describe('linePath', () => {
  it('moves to the first point and draws to each next one, in scaled px', () => {
    expect(
      linePath(
        [
          { x: 0, y: 0 },
          { x: 1, y: 2 },
          { x: 2, y: 1.25 },
        ],
        (v) => v * 10,
        (v) => 100 - v,
      ),
    ).toBe('M0.0,100.0L10.0,98.0L20.0,98.8');
  });
});

describe('endLabels', () => {
  it('keeps labels at the lines’ ends when they are far apart', () => {
    expect(endLabels(200, 50)).toEqual([200, 50]);
  });

  it('pushes close labels apart by the gap, each away from the other', () => {
    expect(endLabels(100, 105)).toEqual([91, 114]);
    expect(endLabels(105, 100)).toEqual([114, 91]);
    expect(endLabels(60, 60, 20)).toEqual([40, 80]);
  });
});
