/** CMITimespan (HHHH:MM:SS.SS) against hand-converted spans. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCmiTimespan } from '../../../../src/lib/scorm/cmiTimespan.ts';

describe('formatCmiTimespan', () => {
  it.each([
    [0, '0000:00:00.00'],
    // 1 h + 2 min + 3.45 s = 3,600,000 + 120,000 + 3,450 ms.
    [3_723_450, '0001:02:03.45'],
    // 59.999 s: hundredths are cut, not rounded up to a whole minute.
    [59_999, '0000:00:59.99'],
    // 25 h 0 min 0.01 s = 90,000,000 + 10 ms.
    [90_000_010, '0025:00:00.01'],
    // Under a hundredth of a second counts as none.
    [9, '0000:00:00.00'],
  ])('%d ms → %s', (milliseconds, expected) => {
    expect(formatCmiTimespan(milliseconds)).toBe(expected);
  });

  it('reads a clock set back, or no number, as zero, and a span past 9999 hours as the longest', () => {
    expect(formatCmiTimespan(-5_000)).toBe('0000:00:00.00');
    expect(formatCmiTimespan(Number.NaN)).toBe('0000:00:00.00');
    expect(formatCmiTimespan(Number.POSITIVE_INFINITY)).toBe('0000:00:00.00');
    expect(formatCmiTimespan(10_000 * 3_600_000)).toBe('9999:59:59.99');
  });

  it('always writes the format, and reads back to the span within a hundredth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 3_600_000 }), (milliseconds) => {
        const text = formatCmiTimespan(milliseconds);
        const [, h, m, s] = /^(\d{4}):([0-5]\d):([0-5]\d\.\d{2})$/.exec(text)!;
        // In whole hundredths, so no floating-point error creeps into the comparison (59.99 × 1000 is not exact).
        const back = ((Number(h) * 3600 + Number(m) * 60) * 100 + Number(s!.replace('.', ''))) * 10;
        expect(milliseconds - back).toBeGreaterThanOrEqual(0);
        expect(milliseconds - back).toBeLessThan(10);
      }),
    );
  });
});
