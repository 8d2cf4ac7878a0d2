/**
 * Lifetime value at more retention, against the chapter's hand-worked table (d = 10 %, margin
 * counted at the end of each period): 0.60/0.50 = 1.20 → 0.65/0.45 = 1.444… (+20.4 %);
 * 0.80/0.30 = 2.667 → 0.85/0.25 = 3.4 (+27.5 %); 0.90/0.20 = 4.5 → 0.95/0.15 = 6.333… (+40.7 %).
 */
import { describe, expect, it } from 'vitest';
import { lifetimeSensitivity } from '../../../../src/lib/clv/lifetimeSensitivity.ts';

describe('lifetimeSensitivity', () => {
  it('reproduces the chapter’s five-point rises, end-of-period convention', () => {
    expect(lifetimeSensitivity('endOfPeriod', 100, 0.6, 0.1)[4]!.change).toBeCloseTo(1.4444444 / 1.2 - 1, 6);
    const fromEighty = lifetimeSensitivity('endOfPeriod', 100, 0.8, 0.1)[4]!;
    expect(fromEighty.retention).toBe(0.85);
    expect(fromEighty.lifetimeValue).toBeCloseTo(340, 9);
    expect(fromEighty.change).toBeCloseTo(0.275, 9);
    expect(lifetimeSensitivity('endOfPeriod', 100, 0.9, 0.1)[4]!.change).toBeCloseTo(6.3333333 / 4.5 - 1, 6);
  });

  it('in the up-front convention the same five points add less: 1.1/0.25 ÷ 1.1/0.30 − 1 = 20 %', () => {
    const step = lifetimeSensitivity('upFront', 100, 0.8, 0.1)[4]!;
    expect(step.lifetimeValue).toBeCloseTo(440, 9);
    expect(step.change).toBeCloseTo(0.2, 9);
  });

  it('stops at the 99 % ceiling instead of showing a value for 100 % or more', () => {
    const steps = lifetimeSensitivity('endOfPeriod', 100, 0.95, 0.1);
    expect(steps).toHaveLength(10);
    expect(steps[3]!.lifetimeValue).toBeCloseTo((100 * 0.99) / 0.11, 9);
    expect(steps[4]!.lifetimeValue).toBeNull();
    expect(steps[4]!.change).toBeNull();
  });

  it('gives no percentage change from a loss-making base', () => {
    const step = lifetimeSensitivity('endOfPeriod', -50, 0.8, 0.1)[0]!;
    expect(step.lifetimeValue).toBeCloseTo((-50 * 0.81) / 0.29, 9);
    expect(step.change).toBeNull();
  });
});
