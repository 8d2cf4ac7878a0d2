/** Two-decimal money and signed changes, as a student reads them in each language. */
import { describe, expect, it } from 'vitest';
import { preciseFormats } from '../../../src/lib/text/preciseFormats.ts';

describe('preciseFormats', () => {
  it('shows yuan to the fen in both languages', () => {
    expect(preciseFormats('en').cents(164087.15 / 1000)).toBe('CN¥164.09');
    expect(preciseFormats('zh-CN').cents(72727.2727)).toBe('¥72,727.27');
  });

  it('never shows a negative zero from float noise', () => {
    expect(preciseFormats('en').cents(-0.001)).toBe('CN¥0.00');
    expect(preciseFormats('en').twoDecimals(-0.0001)).toBe('0.00');
  });

  it('signs a change', () => {
    expect(preciseFormats('en').change(0.275)).toBe('+27.5%');
    expect(preciseFormats('en').change(-0.204)).toBe('-20.4%');
    expect(preciseFormats('en').change(0)).toBe('0%');
  });
});
