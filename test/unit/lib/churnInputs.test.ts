import { describe, expect, it } from 'vitest';
import { checkField, parseNumber, validateChurnInputs, type ChurnField } from '../../../src/lib/churn/churnInputs';

const valid: Record<ChurnField, string> = {
  churnPercentA: '5',
  churnPercentB: '10',
  startingCustomers: '1000',
  newCustomersPerYear: '100',
  revenuePerCustomer: '1000',
  years: '5',
};

describe('parseNumber', () => {
  it('reads what people type: spaces, thousands separators, full-width digits', () => {
    expect(parseNumber(' 1,000 ')).toBe(1000);
    expect(parseNumber('１２．５')).toBe(12.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNaN();
  });
});

describe('checkField', () => {
  it('rejects a churn of 120% with the limit it broke', () => {
    expect(checkField('churnPercentA', '120')).toEqual({ problem: { code: 'aboveMax', max: 100 } });
  });

  it('rejects a negative or fractional horizon', () => {
    expect(checkField('years', '-3')).toEqual({ problem: { code: 'belowMin', min: 1 } });
    expect(checkField('years', '2.5')).toEqual({ problem: { code: 'notWhole' } });
  });

  it('says when a field is empty or not a number', () => {
    expect(checkField('startingCustomers', '  ')).toEqual({ problem: { code: 'required' } });
    expect(checkField('revenuePerCustomer', '12a')).toEqual({ problem: { code: 'notANumber' } });
  });
});

describe('validateChurnInputs', () => {
  it('turns percentages into rates and builds the scenario', () => {
    const result = validateChurnInputs(valid);
    expect(result).toEqual({
      ok: true,
      value: {
        churnRateA: 0.05,
        churnRateB: 0.1,
        scenario: { startingCustomers: 1000, newCustomersPerYear: 100, revenuePerCustomer: 1000, years: 5 },
      },
    });
  });

  it('reports every broken field, not only the first', () => {
    const result = validateChurnInputs({ ...valid, churnPercentB: '120', years: '-1' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.problems).sort()).toEqual(['churnPercentB', 'years']);
  });
});
