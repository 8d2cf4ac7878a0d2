/** Reading a field: the number reader, then the field's own schema; problems carry the limit broken. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { core } from 'zod/mini';
import { fieldProblemText, limitFormats } from '../../../../src/lib/form/fieldProblemText.ts';
import { fieldText } from '../../../../src/lib/form/fieldText.ts';
import { checkValue, readField, readFields } from '../../../../src/lib/form/readField.ts';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { churnFields } from '../../../../src/schemas/churnInputs.ts';
import { fieldSchema, numberField } from '../../../../src/schemas/numberField.ts';

const years = numberField({ min: 1, max: 30, whole: true });
const rate = numberField({ min: 0, max: 0.99, percent: true });
const duration = numberField({ min: 0, max: 1440, aboveMin: true });

describe('readField', () => {
  it('reads a value within the bounds', () => {
    expect(readField(years, '１２')).toEqual({ ok: true, value: 12 });
    expect(readField(rate, '85')).toEqual({ ok: true, value: 0.85 });
    expect(readField(rate, '85%')).toEqual({ ok: true, value: 0.85 });
    expect(readField(duration, '0.5')).toEqual({ ok: true, value: 0.5 });
  });

  it('names the bound broken, in the unit the field keeps (a fraction for percent)', () => {
    expect(readField(years, '0')).toEqual({ ok: false, problem: { code: 'belowMin', min: 1 } });
    expect(readField(years, '31')).toEqual({ ok: false, problem: { code: 'aboveMax', max: 30 } });
    expect(readField(years, '2.5')).toEqual({ ok: false, problem: { code: 'notWhole' } });
    expect(readField(rate, '100')).toEqual({ ok: false, problem: { code: 'aboveMax', max: 0.99 } });
    expect(readField(duration, '0')).toEqual({ ok: false, problem: { code: 'notAboveMin', min: 0 } });
  });

  it('passes on why a text is not a number', () => {
    expect(readField(years, '')).toEqual({ ok: false, problem: { code: 'required' } });
    expect(readField(years, '5,5')).toEqual({ ok: false, problem: { code: 'decimalComma' } });
    expect(readField(years, '12%')).toEqual({ ok: false, problem: { code: 'noPercent' } });
    expect(readField(years, 'abc')).toEqual({ ok: false, problem: { code: 'notANumber' } });
  });

  it('reads back the text it writes for a value', () => {
    expect(fieldText(rate, 0.07)).toBe('7');
    expect(readField(rate, fieldText(rate, 0.07))).toEqual({ ok: true, value: 0.07 });
    expect(fieldText(years, 12)).toBe('12');
  });
});

describe('readFields', () => {
  it('gives values only when every field is fine, and a problem per broken field', () => {
    const texts = {
      churnRateA: '5',
      churnRateB: '10',
      startingCustomers: '1,000',
      newCustomersPerYear: '100',
      revenuePerCustomer: '1000',
      years: '5',
    };
    expect(readFields(churnFields, texts)).toEqual({
      ok: true,
      values: {
        churnRateA: 0.05,
        churnRateB: 0.1,
        startingCustomers: 1000,
        newCustomersPerYear: 100,
        revenuePerCustomer: 1000,
        years: 5,
      },
    });
    const broken = readFields(churnFields, { ...texts, churnRateB: '120', years: '-1' });
    expect(broken).toEqual({
      ok: false,
      problems: { churnRateB: { code: 'aboveMax', max: 1 }, years: { code: 'belowMin', min: 1 } },
    });
  });
});

describe('fieldProblemText', () => {
  const formats = { en: limitFormats('en'), zh: limitFormats('zh-CN') };
  it('words each mistake with the label and the limit, percent limits in percent', () => {
    const en = dictionaries.en.form.problems;
    const zh = dictionaries['zh-cn'].form.problems;
    expect(
      fieldProblemText({ code: 'aboveMax', max: 0.99 }, { label: 'Retention', percent: true }, en, formats.en),
    ).toBe('“Retention” cannot be more than 99%.');
    expect(fieldProblemText({ code: 'notAboveMin', min: 0.0001 }, { label: 'Rate' }, en, formats.en)).toBe(
      '“Rate” must be more than 0.0001.',
    );
    expect(fieldProblemText({ code: 'decimalComma' }, { label: '年数' }, zh, formats.zh)).toBe(
      '“年数”的小数请用小数点，例如 5.5；逗号只用来分隔千位，例如 1,000。',
    );
    expect(fieldProblemText({ code: 'belowMin', min: 1 }, { label: '年数' }, zh, formats.zh)).toBe(
      '“年数”不能小于 1。',
    );
  });
});

describe('checkValue and the engine schema (fieldSchema) agree', () => {
  // zod's first issue, as the problem a form shows for it: written here apart from readField.
  const expectedProblem = (issue: core.$ZodIssue) => {
    if (issue.code === 'too_small')
      return issue.inclusive === false
        ? { code: 'notAboveMin', min: Number(issue.minimum) }
        : { code: 'belowMin', min: Number(issue.minimum) };
    if (issue.code === 'too_big') return { code: 'aboveMax', max: Number(issue.maximum) };
    return issue.code === 'invalid_type' && issue.expected === 'int' ? { code: 'notWhole' } : { code: 'notANumber' };
  };
  const fields = [years, rate, duration, ...Object.values(churnFields)];

  it('accepts and refuses the same values, naming the same limit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.oneof(fc.double(), fc.integer({ min: -100, max: 100 }), fc.constantFrom(0, 1, 30, 31, 0.99, 1440, 2 ** 60)),
        (field, value) => {
          const parsed = fieldSchema(field).safeParse(value);
          const checked = checkValue(field, value);
          expect(checked.ok).toBe(parsed.success);
          // Past 2^53 zod's own safe-integer limit speaks first; the field names its own maximum.
          if (!parsed.success && !checked.ok && Math.abs(value) <= Number.MAX_SAFE_INTEGER)
            expect(checked.problem).toEqual(expectedProblem(parsed.error.issues[0]!));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('refuses what is not a number at all', () => {
    for (const value of ['12', true, {}, NaN, Infinity]) {
      expect(fieldSchema(years).safeParse(value).success).toBe(false);
      expect(checkValue(years, value)).toEqual({ ok: false, problem: { code: 'notANumber' } });
    }
  });
});
