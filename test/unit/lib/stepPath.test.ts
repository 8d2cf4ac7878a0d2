import { describe, expect, it } from 'vitest';
import { stepPath } from '../../../src/lib/chart/stepPath.ts';

describe('a step series as an SVG path', () => {
  it('holds each value until the next point, then jumps (0 → 2 at x 10, → 1 at x 30)', () => {
    const points = [
      { t: 0, v: 0 },
      { t: 10, v: 2 },
      { t: 30, v: 1 },
    ];
    // Doubled x, and y drawn downwards from 100 in steps of 10.
    expect(
      stepPath(
        points,
        (p) => p.t * 2,
        (p) => 100 - p.v * 10,
      ),
    ).toBe('M0.0,100.0H20.0V80.0H60.0V90.0');
  });

  it('draws nothing for no points', () => {
    expect(
      stepPath(
        [],
        () => 0,
        () => 0,
      ),
    ).toBe('');
  });
});
