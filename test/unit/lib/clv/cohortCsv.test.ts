/** The cohort table as CSV: localised header, RFC 4180 quoting, unformatted numbers. */
import { describe, expect, it } from 'vitest';
import { cohortTableCsv, type CohortCsvColumn } from '../../../../src/lib/clv/cohortCsv.ts';
import { projectCohort } from '../../../../src/lib/clv/cohortProjection.ts';
import { csvField } from '../../../../src/lib/text/csvText.ts';

const chineseHeader: Record<CohortCsvColumn, string> = {
  year: '年',
  retention: '保留率',
  customers: '留存客户',
  marginPerCustomer: '每位客户利润',
  margin: '利润',
  discountedMargin: '贴现利润',
  cumulativeDiscountedMargin: '累计贴现利润',
  cumulativePerCustomer: '每位获取客户累计价值',
};

describe('csvField', () => {
  it('quotes only fields with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(-0.5)).toBe('-0.5');
  });
});

describe('cohortTableCsv', () => {
  it('writes the header given, then one row per year with numbers as they are', () => {
    const { years } = projectCohort({
      startingCustomers: 1000,
      retention: [0.5, 0.5],
      marginPerCustomer: 100,
      marginGrowth: 0,
      discountRate: 0,
      acquisitionCost: 0,
      horizonYears: 2,
    });
    // d = 0: year 1 500 × 100 = 50 000; year 2 250 × 100 = 25 000, cumulative 75 000 → 75 per customer.
    expect(cohortTableCsv(years, chineseHeader)).toBe(
      '年,保留率,留存客户,每位客户利润,利润,贴现利润,累计贴现利润,每位获取客户累计价值\r\n' +
        '1,0.5,500,100,50000,50000,50000,50\r\n' +
        '2,0.5,250,100,25000,25000,75000,75\r\n',
    );
  });

  it('quotes a header that holds a comma', () => {
    const csv = cohortTableCsv([], { ...chineseHeader, year: 'Year, from acquisition' });
    expect(csv.startsWith('"Year, from acquisition",')).toBe(true);
  });
});
