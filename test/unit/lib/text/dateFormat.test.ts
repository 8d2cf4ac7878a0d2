/** Dates as the page's language writes them; a moment no date can hold is an empty string, never an error. */
import { describe, expect, it } from 'vitest';
import { dateFormat } from '../../../../src/lib/text/dateFormat.ts';

describe('dateFormat', () => {
  it('writes a moment in each language', () => {
    expect(dateFormat('en')(Date.UTC(2026, 2, 1, 12))).toMatch(/Mar 1, 2026/);
    expect(dateFormat('zh-CN')(Date.UTC(2026, 2, 1, 12))).toMatch(/2026年3月1日/);
  });

  it('gives an empty string for a moment past what a date can hold, in place of a RangeError', () => {
    expect(() => new Intl.DateTimeFormat('en').format(new Date(Number.MAX_SAFE_INTEGER))).toThrow(RangeError);
    expect(dateFormat('en')(Number.MAX_SAFE_INTEGER)).toBe('');
    expect(dateFormat('zh-CN')(Number.NaN)).toBe('');
  });
});
