/** The sentence read out when the cut-offs change, in both languages, from tiers set out by hand. */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import type { CustomerPyramid, TierSummary } from '../../../../src/lib/rfm/customerPyramid.ts';
import { tierSharesSentence } from '../../../../src/lib/rfm/tierSharesSentence.ts';
import { numberFormats } from '../../../../src/lib/text/numberFormats.ts';

const tier = (name: TierSummary['tier'], customerShare: number, profitShare: number | null): TierSummary => ({
  tier: name,
  customers: 0,
  customerShare,
  totalProfit: 0,
  profitShare,
  totalRevenue: 0,
  meanRecency: null,
  meanFrequency: null,
  meanMonetary: null,
});

// The sample's tiers at the default cut-offs (the e2e test's hand tally): ¥190,859 of ¥432,306 is
// 44.1 %; the lead tier's ¥−42,657 is −9.9 %.
const sample: CustomerPyramid = {
  tiers: [
    tier('platinum', 0.05, 190_859 / 432_306),
    tier('gold', 0.15, 0.378),
    tier('iron', 0.5, 0.28),
    tier('lead', 0.3, -42_657 / 432_306),
  ],
  totalCustomers: 3000,
  totalProfit: 432_306,
  tierOf: new Map(),
};

describe('each tier’s shares in words', () => {
  it('in English', () => {
    expect(tierSharesSentence(sample, dictionaries.en.customerPyramid, numberFormats('en'))).toBe(
      'By tier: Platinum 5% of customers, 44.1% of profit; Gold 15% of customers, 37.8% of profit; ' +
        'Iron 50% of customers, 28% of profit; Lead 30% of customers, -9.9% of profit.',
    );
  });

  it('in Chinese, and "not applicable" where the base makes no profit', () => {
    const noProfit = { ...sample, tiers: sample.tiers.map((each) => ({ ...each, profitShare: null })) };
    expect(tierSharesSentence(sample, dictionaries['zh-cn'].customerPyramid, numberFormats('zh-CN'))).toBe(
      '分层结果：白金层占客户的 5%、利润的 44.1%；黄金层占客户的 15%、利润的 37.8%；铁层占客户的 50%、利润的 28%；铅层占客户的 30%、利润的 -9.9%。',
    );
    expect(tierSharesSentence(noProfit, dictionaries.en.customerPyramid, numberFormats('en'))).toContain(
      'Platinum 5% of customers, n/a of profit',
    );
  });
});
