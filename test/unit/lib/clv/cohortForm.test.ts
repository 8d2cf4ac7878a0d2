/** Reading the lifetime-value form as people type it, and the model's validation of any value. */
import { describe, expect, it } from 'vitest';
import { cohortFormReader, problemsByField, readCohortForm } from '../../../../src/lib/clv/cohortForm.ts';
import type { CohortFormText } from '../../../../src/lib/clv/cohortFormText.ts';
import { checkCohortInputs, validateCohortInputs, withYearlyRetention } from '../../../../src/lib/clv/cohortInputs.ts';

const form: CohortFormText = {
  startingCustomers: '1,000',
  retention: '80',
  marginPerCustomer: '100',
  marginGrowth: '0',
  discountRate: '10%',
  acquisitionCost: '150',
  horizonYears: '３',
};

describe('readCohortForm', () => {
  it('turns the typed form into inputs as typed: rates in percent kept as fractions', () => {
    expect(readCohortForm(form)).toEqual({
      ok: true,
      inputs: {
        startingCustomers: 1000,
        retention: 0.8,
        marginPerCustomer: 100,
        marginGrowth: 0,
        discountRate: 0.1,
        acquisitionCost: 150,
        horizonYears: 3,
      },
    });
  });

  it('reads full-width forms and percent signs in any box', () => {
    const read = readCohortForm({ ...form, retention: '８５％', marginGrowth: '－２', acquisitionCost: '１２０．５' });
    expect(read.ok && read.inputs).toMatchObject({ retention: 0.85, marginGrowth: -0.02, acquisitionCost: 120.5 });
  });

  it('reports each problem once, in the form’s order, with limits as fractions the UI can phrase', () => {
    const result = readCohortForm({
      ...form,
      startingCustomers: '',
      retention: '120',
      discountRate: 'ten',
      horizonYears: '80',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'startingCustomers', code: 'required' },
        { field: 'retention', code: 'aboveMax', max: 0.99 },
        { field: 'discountRate', code: 'notANumber' },
        { field: 'horizonYears', code: 'aboveMax', max: 50 },
      ],
    });
  });

  it('refuses a decimal comma with its own problem, and a percent sign in a money box', () => {
    expect(readCohortForm({ ...form, retention: '82,5', acquisitionCost: '15%' })).toEqual({
      ok: false,
      problems: [
        { field: 'retention', code: 'decimalComma' },
        { field: 'acquisitionCost', code: 'noPercent' },
      ],
    });
  });

  it('reads a semicolon list as one rate per year and points at the year that is wrong', () => {
    const list = readCohortForm({ ...form, retention: '60; 70；80' });
    expect(list.ok && list.inputs.retention).toEqual([0.6, 0.7, 0.8]);
    expect(readCohortForm({ ...form, retention: '70;;-5' })).toEqual({
      ok: false,
      problems: [
        { field: 'retention', index: 1, code: 'required' },
        { field: 'retention', index: 2, code: 'belowMin', min: 0 },
      ],
    });
  });

  it('refuses more per-year rates than the longest horizon has years', () => {
    const rates = Array.from({ length: 51 }, () => '50').join(';');
    expect(readCohortForm({ ...form, retention: rates })).toEqual({
      ok: false,
      problems: [{ field: 'retention', code: 'tooManyValues', max: 50 }],
    });
  });
});

describe('the form reader', () => {
  it('keeps the first problem of each box, for the box to show', () => {
    expect(
      problemsByField([
        { field: 'retention', index: 1, code: 'required' },
        { field: 'retention', index: 2, code: 'belowMin', min: 0 },
        { field: 'horizonYears', code: 'notWhole' },
      ]),
    ).toEqual({
      retention: { field: 'retention', index: 1, code: 'required' },
      horizonYears: { field: 'horizonYears', code: 'notWhole' },
    });
  });

  it('reads boxes to values and writes values back to the same boxes', () => {
    const read = cohortFormReader.read(form);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(cohortFormReader.write(read.values)).toEqual({
      ...form,
      startingCustomers: '1000',
      discountRate: '10',
      horizonYears: '3',
    });
    expect(cohortFormReader.read({ ...form, horizonYears: '2.5' })).toEqual({
      ok: false,
      problems: { horizonYears: { field: 'horizonYears', code: 'notWhole' } },
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
        { field: 'retention', code: 'aboveMax', max: 0.99 },
        { field: 'marginPerCustomer', code: 'notANumber' },
        { field: 'marginGrowth', code: 'aboveMax', max: 0.5 },
        { field: 'discountRate', code: 'belowMin', min: 0 },
        { field: 'acquisitionCost', code: 'notANumber' },
        { field: 'horizonYears', code: 'aboveMax', max: 50 },
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

  it('never throws on what is not an object at all, and calls every field missing', () => {
    for (const candidate of [null, undefined, 42, 'a.r=0.8', [0.8]]) {
      const result = validateCohortInputs(candidate);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toHaveLength(7);
    }
  });

  it('names a non-whole count and a rate that is not a number inside a list', () => {
    const result = checkCohortInputs({
      startingCustomers: 12.5,
      retention: [0.5, 'x', null],
      marginPerCustomer: 100,
      marginGrowth: 0,
      discountRate: 0.1,
      acquisitionCost: 0,
      horizonYears: 3,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'startingCustomers', code: 'notWhole' },
        { field: 'retention', index: 1, code: 'notANumber' },
        { field: 'retention', index: 2, code: 'required' },
      ],
    });
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

describe('withYearlyRetention', () => {
  const inputs = {
    startingCustomers: 500,
    marginPerCustomer: 80,
    marginGrowth: 0,
    discountRate: 0.12,
    acquisitionCost: 0,
    horizonYears: 4,
  };
  it('repeats one rate for every year of the horizon', () => {
    expect(withYearlyRetention({ ...inputs, retention: 0.8 }).retention).toEqual([0.8, 0.8, 0.8, 0.8]);
  });
  it('repeats a short list’s last rate, and leaves out rates beyond the horizon', () => {
    expect(withYearlyRetention({ ...inputs, retention: [0.6, 0.7] }).retention).toEqual([0.6, 0.7, 0.7, 0.7]);
    expect(withYearlyRetention({ ...inputs, retention: [0.6, 0.7, 0.8, 0.9, 0.95] }).retention).toEqual([
      0.6, 0.7, 0.8, 0.9,
    ]);
  });
});
