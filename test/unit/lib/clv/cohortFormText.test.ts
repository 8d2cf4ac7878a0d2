/** Cohort inputs written back as form text, and that text read again to the same inputs. */
import { describe, expect, it } from 'vitest';
import { readCohortForm } from '../../../../src/lib/clv/cohortForm.ts';
import { cohortFormText } from '../../../../src/lib/clv/cohortFormText.ts';

describe('cohortFormText', () => {
  it('writes rates in percent without float noise', () => {
    const text = cohortFormText({
      startingCustomers: 1000,
      retention: 0.07,
      marginPerCustomer: 100,
      marginGrowth: 0.05,
      discountRate: 0.1,
      acquisitionCost: 150,
      horizonYears: 3,
    });
    // 0.07 × 100 is 7.000000000000001 in floating point; a student must see 7.
    expect(text).toEqual({
      startingCustomers: '1000',
      retention: '7',
      marginPerCustomer: '100',
      marginGrowth: '5',
      discountRate: '10',
      acquisitionCost: '150',
      horizonYears: '3',
    });
  });

  it('writes per-year retention as a semicolon list that reads back year by year', () => {
    const inputs = {
      startingCustomers: 500,
      retention: [0.6, 0.7, 0.8],
      marginPerCustomer: 80,
      marginGrowth: 0,
      discountRate: 0.12,
      acquisitionCost: 0,
      horizonYears: 4,
    };
    const text = cohortFormText(inputs);
    expect(text.retention).toBe('60; 70; 80');
    expect(readCohortForm(text)).toEqual({ ok: true, inputs });
  });

  it('writes a negative margin and growth as a student would type them', () => {
    const text = cohortFormText({
      startingCustomers: 1,
      retention: 0.5,
      marginPerCustomer: -12.5,
      marginGrowth: -0.5,
      discountRate: 0,
      acquisitionCost: 0,
      horizonYears: 50,
    });
    expect(text).toMatchObject({ marginPerCustomer: '-12.5', marginGrowth: '-50', discountRate: '0' });
  });
});
