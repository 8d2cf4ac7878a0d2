/** Reading the lifetime-value form as people type it, and the problems it reports. */
import { describe, expect, it } from 'vitest';
import { readCohortForm, type CohortFormText } from '../../../../src/lib/clv/cohortForm';
import { validateCohortInputs } from '../../../../src/lib/clv/cohortInputs';
import { parseFormNumber, parsePercentField } from '../../../../src/lib/text/parseFormNumber';

describe('parseFormNumber', () => {
  it('says when nothing or not a number was typed', () => {
    expect(parseFormNumber('')).toEqual({ ok: false, code: 'required' });
    expect(parseFormNumber('   ')).toEqual({ ok: false, code: 'required' });
    expect(parseFormNumber('abc')).toEqual({ ok: false, code: 'notANumber' });
    expect(parseFormNumber('12a')).toEqual({ ok: false, code: 'notANumber' });
    expect(parseFormNumber('1.2.3')).toEqual({ ok: false, code: 'notANumber' });
    expect(parseFormNumber('0x10')).toEqual({ ok: false, code: 'notANumber' });
    expect(parseFormNumber('1e999')).toEqual({ ok: false, code: 'notANumber' });
  });

  it('reads a percent sign, a decimal comma and full-width digits', () => {
    expect(parseFormNumber('85%')).toEqual({ ok: true, value: 0.85 });
    expect(parseFormNumber('0,85')).toEqual({ ok: true, value: 0.85 });
    expect(parseFormNumber('８５')).toEqual({ ok: true, value: 85 });
    expect(parseFormNumber('８５％')).toEqual({ ok: true, value: 0.85 });
    expect(parseFormNumber('１２．５')).toEqual({ ok: true, value: 12.5 });
    expect(parseFormNumber(' -12 ')).toEqual({ ok: true, value: -12 });
    expect(parseFormNumber('－12')).toEqual({ ok: true, value: -12 });
  });

  it('reads thousands separators as thousands, not decimals', () => {
    expect(parseFormNumber('1,000')).toEqual({ ok: true, value: 1000 });
    expect(parseFormNumber('12,500.5')).toEqual({ ok: true, value: 12500.5 });
    expect(parseFormNumber('1,234,567')).toEqual({ ok: true, value: 1234567 });
    expect(parseFormNumber('1 000')).toEqual({ ok: true, value: 1000 });
    expect(parseFormNumber('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseFormNumber('0,850')).toEqual({ ok: true, value: 0.85 });
  });
});

describe('parsePercentField', () => {
  it('takes "85" and "85%" alike as 0.85, never dividing twice', () => {
    expect(parsePercentField('85')).toEqual({ ok: true, value: 0.85 });
    expect(parsePercentField('85%')).toEqual({ ok: true, value: 0.85 });
    expect(parsePercentField('８５％')).toEqual({ ok: true, value: 0.85 });
    expect(parsePercentField('12,5')).toEqual({ ok: true, value: 0.125 });
  });
});

const form: CohortFormText = {
  startingCustomers: '1,000',
  retentionPercent: '80',
  marginPerCustomer: '100',
  marginGrowthPercent: '0',
  discountPercent: '10%',
  acquisitionCost: '150',
  horizonYears: '３',
};

describe('readCohortForm', () => {
  it('turns the typed form into model inputs, retention spelled out per year', () => {
    expect(readCohortForm(form)).toEqual({
      ok: true,
      value: {
        startingCustomers: 1000,
        retention: [0.8, 0.8, 0.8],
        marginPerCustomer: 100,
        marginGrowth: 0,
        discountRate: 0.1,
        acquisitionCost: 150,
        horizonYears: 3,
      },
    });
  });

  it('reports each unreadable field once, and range problems as fractions the UI can phrase', () => {
    const result = readCohortForm({
      ...form,
      startingCustomers: '',
      retentionPercent: '120',
      discountPercent: 'ten',
      horizonYears: '80',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'startingCustomers', code: 'required' },
        { field: 'discountRate', code: 'notANumber' },
        { field: 'horizonYears', code: 'aboveMax', max: 50 },
        { field: 'retention', code: 'aboveMax', max: 0.99 },
      ],
    });
  });

  it('points at the year of a per-year rate that is wrong', () => {
    const result = readCohortForm({ ...form, retentionPercent: ['70', '', '-5'] });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'retention', index: 1, code: 'required' },
        { field: 'retention', index: 2, code: 'belowMin', min: 0 },
      ],
    });
  });
});

describe('validateCohortInputs on absurd values', () => {
  it('rejects 100 % retention, negative discount, a 0-year or 1000-year horizon, Infinity and text', () => {
    const result = validateCohortInputs({
      startingCustomers: 0,
      retention: 1,
      marginPerCustomer: Infinity,
      marginGrowth: 3,
      discountRate: -0.1,
      acquisitionCost: '150',
      horizonYears: 1000,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'startingCustomers', code: 'belowMin', min: 1 },
        { field: 'marginPerCustomer', code: 'notANumber' },
        { field: 'marginGrowth', code: 'aboveMax', max: 0.5 },
        { field: 'discountRate', code: 'belowMin', min: 0 },
        { field: 'acquisitionCost', code: 'notANumber' },
        { field: 'horizonYears', code: 'aboveMax', max: 50 },
        { field: 'retention', code: 'aboveMax', max: 0.99 },
      ],
    });
  });

  it('rejects an empty or overlong list of per-year rates, and missing fields', () => {
    expect(validateCohortInputs({ retention: [] })).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        { field: 'retention', code: 'tooFewValues', min: 1 },
        { field: 'horizonYears', code: 'required' },
      ]),
    });
    const tooMany = validateCohortInputs({ retention: Array.from({ length: 51 }, () => 0.5) });
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.problems).toContainEqual({ field: 'retention', code: 'tooManyValues', max: 50 });
  });

  it('accepts the edges: 0 % and 99 % retention, 0 % and 100 % discount, 1 and 50 years', () => {
    for (const [retention, discountRate, horizonYears] of [
      [0, 0, 1],
      [0.99, 1, 50],
    ] as const) {
      const result = validateCohortInputs({
        startingCustomers: 1,
        retention,
        marginPerCustomer: 0,
        marginGrowth: 0,
        discountRate,
        acquisitionCost: 0,
        horizonYears,
      });
      expect(result.ok).toBe(true);
    }
  });
});
