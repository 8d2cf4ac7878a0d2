/** The 80/20 check in words, in both languages (figures from the sample, counted in test/e2e/customer-pyramid.spec.ts). */
import { describe, expect, it } from 'vitest';
import { paretoSentence } from '../../../../src/lib/rfm/paretoSentence.ts';
import { numberFormats } from '../../../../src/lib/text/numberFormats.ts';
import { dictionaries } from '../../../../src/i18n/index.ts';

const en = { strings: dictionaries.en.customerPyramid, formats: numberFormats('en') };
const zh = { strings: dictionaries['zh-cn'].customerPyramid, formats: numberFormats('zh-CN') };

describe('paretoSentence', () => {
  it('states the 80/20 check with its shares and count', () => {
    const pareto = { customersForTarget: 562, customerShareForTarget: 562 / 3000, profitShareOfTopFifth: 0.8191 };
    expect(paretoSentence(pareto, en.strings, en.formats)).toBe(
      'The most profitable 20% of customers bring 81.9% of the profit; 18.7% of customers (562) bring 80% of it.',
    );
    expect(paretoSentence(pareto, zh.strings, zh.formats)).toBe(
      '利润最高的 20% 客户带来 81.9% 的利润；带来 80% 利润的是 18.7% 的客户（562 位）。',
    );
  });

  it('says the check does not apply to a base without profit', () => {
    expect(paretoSentence(null, en.strings, en.formats)).toBe(
      'These customers make no profit overall, so the 80/20 check does not apply.',
    );
  });
});
