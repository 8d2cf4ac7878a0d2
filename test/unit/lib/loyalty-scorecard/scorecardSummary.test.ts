/**
 * The scorecard's sentences for the chapter's example and its exercise 2, in both languages, with
 * the figures worked by hand in loyaltyIndex.test.ts (A 3.30 against B 3.95, then 3.74 against 3.64).
 */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { loyaltyFormats } from '../../../../src/lib/loyalty-scorecard/loyaltyFormats.ts';
import { loyaltyIndex } from '../../../../src/lib/loyalty-scorecard/loyaltyIndex.ts';
import { loyaltyMeasures, type PerMeasure } from '../../../../src/lib/loyalty-scorecard/loyaltyMeasures.ts';
import { scorecardLabels } from '../../../../src/lib/loyalty-scorecard/scorecardLabels.ts';
import { scorecardSummary } from '../../../../src/lib/loyalty-scorecard/scorecardSummary.ts';

const perMeasure = (values: number[]): PerMeasure =>
  Object.fromEntries(loyaltyMeasures.map((measure, index) => [measure, values[index]])) as PerMeasure;

const ratingsA = perMeasure([5, 4, 2, 5, 2, 2, 2]);
const ratingsB = perMeasure([3, 3, 5, 4, 4, 5, 5]);
const scoresWith = (weights: number[]) => ({
  a: loyaltyIndex(perMeasure(weights), ratingsA),
  b: loyaltyIndex(perMeasure(weights), ratingsB),
});
const chapter = scoresWith([0.2, 0.2, 0.1, 0.1, 0.15, 0.15, 0.1]);
const exercise = scoresWith([0.3, 0.3, 0.08, 0.08, 0.08, 0.08, 0.08]);
const en = dictionaries.en.loyaltyScorecard;
const zh = dictionaries['zh-cn'].loyaltyScorecard;

describe('scorecardSummary', () => {
  it('explains the chapter’s example in English: B ahead on attitude, A on behaviour', () => {
    // Lists as Intl.ListFormat writes them for "en", with a serial comma.
    expect(scorecardSummary(chapter, en, loyaltyFormats('en'))).toEqual({
      indices: 'Loyalty index: A 3.30, B 3.95.',
      drivers:
        'B leads by 0.65. What puts B ahead: attitude to competitors (+0.45), attention to the brand (+0.30), price sensitivity (+0.30), and tolerance of quality incidents (+0.30). ' +
        'A gains on repeat purchases (+0.40), share of wallet (+0.20), and choice time (+0.10), which narrows the gap. ' +
        'Behavioural measures (repeat purchases, share of wallet, choice time) add up to 2.30 for A and 1.60 for B; attitudinal measures to 1.00 for A and 2.35 for B. ' +
        'One leads on behaviour, the other on attitude: close totals can rest on quite different loyalty, so go back to the individual scores.',
    });
  });

  it('explains exercise 2 in Chinese: the ranking flips to 甲 on the two heavy behavioural measures', () => {
    expect(scorecardSummary(exercise, zh, loyaltyFormats('zh-CN'))).toEqual({
      indices: '忠诚指数：甲 3.74，乙 3.64。',
      drivers:
        '甲高出 0.10。甲靠的是重复购买（+0.60）、钱包份额（+0.30）和挑选时间（+0.08）。' +
        '乙在关心程度（+0.24）、对竞争产品的态度（+0.24）、对质量事故的承受力（+0.24）和价格敏感度（+0.16）上多得分，缩小了差距。' +
        // A: 1.5 + 1.2 + 0.4 = 3.10 and 0.08 × 8 = 0.64; B: 0.9 + 0.9 + 0.32 = 2.12 and 0.08 × 19 = 1.52.
        '行为类指标（重复购买、钱包份额、挑选时间）合计：甲 3.10，乙 2.12；态度类指标合计：甲 0.64，乙 1.52。' +
        '两者一个靠行为领先，一个靠态度领先：总分接近时原因可能完全不同，要回到各项分数看。',
    });
  });

  it('says when two cards are the same, and names each side’s measures when only the totals tie', () => {
    const same = { a: chapter.a, b: chapter.a };
    expect(scorecardSummary(same, en, loyaltyFormats('en')).drivers).toBe(
      'The two loyalty indices are equal. Every measure contributes the same for both. ' +
        'Behavioural measures (repeat purchases, share of wallet, choice time) add up to 2.30 for A and 2.30 for B; attitudinal measures to 1.00 for A and 1.00 for B.',
    );
    // Equal weights of 1/7: A's ratings add to 22 and B's to 29, so move 7 points of B's away: A 22/7 = B 22/7.
    const weights = perMeasure(Array(7).fill(1 / 7));
    const tied = {
      a: loyaltyIndex(weights, perMeasure([5, 4, 2, 5, 2, 2, 2])),
      b: loyaltyIndex(weights, perMeasure([1, 3, 5, 1, 4, 4, 4])),
    };
    expect(scorecardSummary(tied, en, loyaltyFormats('en')).drivers).toMatch(
      /^The two loyalty indices are equal\. A gains on repeat purchases \(\+0\.57\), choice time \(\+0\.57\), and share of wallet \(\+0\.14\)\. B gains on attention to the brand \(\+0\.43\), price sensitivity \(\+0\.29\), attitude to competitors \(\+0\.29\), and tolerance of quality incidents \(\+0\.29\)\. /,
    );
  });
});

describe('scorecardLabels (worked out when the page is built)', () => {
  it('names each box in full for its problem messages, and heads each measure with what it leans to', () => {
    const english = scorecardLabels(en);
    expect(english.fields['weight-repeatPurchases']).toBe('Repeat purchases: weight (%)');
    expect(english.fields['b-choiceTime']).toBe('Choice time: rating for B');
    expect(english.headings.priceSensitivity).toBe('Price sensitivity · attitude');
    const chinese = scorecardLabels(zh);
    expect(chinese.fields['a-incidentTolerance']).toBe('对质量事故的承受力：甲的分数');
    expect(chinese.headings.shareOfWallet).toBe('钱包份额 · 行为');
    expect(Object.keys(chinese.fields)).toHaveLength(21);
  });
});
