import { describe, expect, it } from 'vitest';
import { compareFirms } from '../../../src/lib/churn/churnCompounding.ts';
import { churnSummary } from '../../../src/lib/churn/churnSummary.ts';
import { numberFormats } from '../../../src/lib/text/numberFormats.ts';
import { dictionaries } from '../../../src/i18n/index.ts';

const scenario = { startingCustomers: 1000, newCustomersPerYear: 100, revenuePerCustomer: 1000, years: 5 };

describe('churnSummary', () => {
  it('spells out the default gap in English with the hand-computed figures', () => {
    const text = churnSummary(
      compareFirms(0.05, 0.1, scenario),
      { a: 0.05, b: 0.1 },
      scenario,
      dictionaries.en.churn,
      numberFormats('en'),
    );
    expect(text).toBe(
      'After 5 years, Firm A has 1,226 customers and Firm B has 1,000. ' +
        'Firm A has 226 more customers (22.6% more) and CN¥701,838 more revenue over the 5 years. ' +
        'Of the 1,000 customers they started with, Firm A still has 774 and Firm B 590. ' +
        'At these churn rates the average customer stays 20 years at Firm A and 10 years at Firm B.',
    );
  });

  it('spells out the same gap in Chinese', () => {
    const text = churnSummary(
      compareFirms(0.05, 0.1, scenario),
      { a: 0.05, b: 0.1 },
      scenario,
      dictionaries['zh-cn'].churn,
      numberFormats('zh-CN'),
    );
    expect(text).toBe(
      '5 年后，甲企业有 1,226 位客户，乙企业有 1,000 位。' +
        '甲企业多出 226 位客户（多 22.6%），5 年累计收入多出 ¥701,838。' +
        '最初的 1,000 位客户中，甲企业还留着 774 位，乙企业还留着 590 位。' +
        '按这样的流失率，甲企业的客户平均留 20 年，乙企业的只留 10 年。',
    );
  });

  it('names firm B as the leader when it churns less', () => {
    const text = churnSummary(
      compareFirms(0.1, 0.05, scenario),
      { a: 0.1, b: 0.05 },
      scenario,
      dictionaries.en.churn,
      numberFormats('en'),
    );
    expect(text).toContain('Firm B has 226 more customers');
  });

  it('says the firms are level when their churn is equal', () => {
    const text = churnSummary(
      compareFirms(0.07, 0.07, scenario),
      { a: 0.07, b: 0.07 },
      scenario,
      dictionaries.en.churn,
      numberFormats('en'),
    );
    expect(text).toContain('exactly the same');
  });

  it('leaves out the percentage when the trailing firm has no customers left', () => {
    const noNew = { ...scenario, newCustomersPerYear: 0 };
    const text = churnSummary(
      compareFirms(0.5, 1, noNew),
      { a: 0.5, b: 1 },
      noNew,
      dictionaries.en.churn,
      numberFormats('en'),
    );
    expect(text).toContain('Firm A has 31 more customers and');
  });

  it('gives the average stay to one decimal, and leaves it out when a firm never loses anyone', () => {
    const rates = { a: 0.12, b: 0.08 };
    const text = churnSummary(
      compareFirms(rates.a, rates.b, scenario),
      rates,
      scenario,
      dictionaries.en.churn,
      numberFormats('en'),
    );
    // 1 ÷ 0.12 = 8.33…, 1 ÷ 0.08 = 12.5
    expect(text).toContain('stays 8.3 years at Firm A and 12.5 years at Firm B.');
    const noChurn = churnSummary(
      compareFirms(0, 0.1, scenario),
      { a: 0, b: 0.1 },
      scenario,
      dictionaries.en.churn,
      numberFormats('en'),
    );
    expect(noChurn).not.toContain('average customer stays');
  });
});
