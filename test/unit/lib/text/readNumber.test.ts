/**
 * The one number reader: the same text means the same number (or the same mistake) in every field
 * and both languages. Expected values are written out by hand; the properties check it against
 * Intl.NumberFormat, which formats the numbers a student sees.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber, type ReadNumberOptions } from '../../../../src/lib/text/readNumber.ts';

const value = (text: string, options: ReadNumberOptions = {}) => {
  const read = readNumber(text, options);
  return read.ok ? read.value : read.problem;
};

describe('readNumber', () => {
  it('reads plain numbers, signs and a decimal point', () => {
    expect(value('12')).toBe(12);
    expect(value(' 12.5 ')).toBe(12.5);
    expect(value('.5')).toBe(0.5);
    expect(value('5.')).toBe(5);
    expect(value('-3')).toBe(-3);
    expect(value('+3')).toBe(3);
    expect(value('−12.5')).toBe(-12.5);
    expect(Object.is(value('-0'), 0)).toBe(true);
    expect(value('1e3')).toBe(1000);
  });

  it('reads full-width digits, points, signs and percent signs', () => {
    expect(value('１２')).toBe(12);
    expect(value('１２．５')).toBe(12.5);
    expect(value('－３')).toBe(-3);
    expect(value('５０％', { percentSign: 'scales' })).toBe(0.5);
    expect(value('1，000')).toBe(1000);
  });

  it('reads thousands grouped by commas or spaces of any kind, in groups of three', () => {
    expect(value('1,000')).toBe(1000);
    expect(value('1,234,567.5')).toBe(1234567.5);
    expect(value('1 000')).toBe(1000);
    expect(value('12\u00A0500')).toBe(12500);
    expect(value('1\u202F234\u202F567')).toBe(1234567);
    expect(value('1\u3000000')).toBe(1000);
  });

  it('refuses a decimal comma with its own reason, never reading it as 55 or 5.5', () => {
    expect(value('5,5')).toBe('decimalComma');
    expect(value('0,85')).toBe('decimalComma');
    expect(value('0,850')).toBe('decimalComma');
    expect(value('12,34')).toBe('decimalComma');
    expect(value(',5')).toBe('decimalComma');
    expect(value('1,5000')).toBe('decimalComma');
  });

  it('refuses what is not one number', () => {
    for (const text of [
      'abc',
      '12a',
      '1.2.3',
      '1,00,000',
      '12 5',
      '1,000 000',
      '.',
      '-',
      'Infinity',
      'NaN',
      '1e400',
      '5%%',
      '%',
    ])
      expect(value(text), text).toBe('notANumber');
    expect(value('')).toBe('required');
    expect(value('   ')).toBe('required');
    expect(value('\u3000')).toBe('required');
  });

  it('reads % as the field says: refused, optional (a field in percent) or scaling (a proportion)', () => {
    expect(value('12%')).toBe('noPercent');
    expect(value('12%', { percentSign: 'optional' })).toBe(12);
    expect(value('12', { percentSign: 'optional' })).toBe(12);
    expect(value('12 %', { percentSign: 'optional' })).toBe(12);
    expect(value('12%', { percentSign: 'scales' })).toBe(0.12);
    expect(value('0.12', { percentSign: 'scales' })).toBe(0.12);
    // A mistake in the number is named before the percent sign.
    expect(value('5,5%')).toBe('decimalComma');
  });

  it('drops a unit the caller names', () => {
    expect(value('12.5 年', { units: ['年'] })).toBe(12.5);
    expect(value('12.5 years', { units: ['years'] })).toBe(12.5);
    expect(value('150元', { units: ['元'] })).toBe(150);
    expect(value('12.5 年')).toBe('notANumber');
  });
});

/** Numbers with up to four decimals, as widgets show them (exactly representable in the text). */
const shown = fc
  .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }))
  .map(([digits, decimals]) => Number(`${digits}e-${decimals}`));

describe('readNumber properties', () => {
  it('never throws, and gives a finite number or a reason', () => {
    const percentSigns = fc.constantFrom<NonNullable<ReadNumberOptions['percentSign']>>(
      'refused',
      'optional',
      'scales',
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), percentSigns, (text, percentSign) => {
        const read = readNumber(text, { percentSign });
        if (read.ok) expect(Number.isFinite(read.value)).toBe(true);
        else expect(['required', 'notANumber', 'decimalComma', 'noPercent']).toContain(read.problem);
      }),
      { numRuns: 5000 },
    );
  });

  it.each(['zh-CN', 'en'])('reads back what Intl.NumberFormat writes in %s', (tag) => {
    const grouped = new Intl.NumberFormat(tag, { maximumFractionDigits: 4 });
    const ungrouped = new Intl.NumberFormat(tag, { maximumFractionDigits: 4, useGrouping: false });
    const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
    fc.assert(
      fc.property(shown, (n) => {
        expect(readNumber(grouped.format(n))).toEqual({ ok: true, value: n });
        expect(readNumber(ungrouped.format(n))).toEqual({ ok: true, value: n });
        const share = Number(`${Math.round(n)}e-4`);
        const read = readNumber(percent.format(share), { percentSign: 'scales' });
        // Dividing by 100 may cost the last binary digit, nothing more.
        expect(read.ok).toBe(true);
        if (read.ok) expect(Math.abs(read.value - share)).toBeLessThanOrEqual(Math.abs(share) * 1e-15 + 1e-18);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads full-width text as its ASCII twin', () => {
    const toFullWidth = (text: string) =>
      text.replace(/[0-9.,%+-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const format = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });
    fc.assert(
      fc.property(shown, (n) => {
        expect(readNumber(toFullWidth(format.format(n)))).toEqual(readNumber(format.format(n)));
      }),
      { numRuns: 1000 },
    );
  });
});
