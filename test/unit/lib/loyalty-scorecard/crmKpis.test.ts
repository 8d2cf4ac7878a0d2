/**
 * The CRM indicators against the chapter's fresh-food shop (content/chapters/en/05-loyalty.mdx,
 * "A worked example"): 2,000 members at the start, 500 join, 2,150 at the end, 240 move up,
 * ¥1,245,000 profit. Lost = 2,000 + 500 − 2,150 = 350; retention = 1,650 ÷ 2,000 = 82.5 %;
 * defection = 350 ÷ 2,000 = 17.5 %; new = 500 ÷ 2,000 = 25 %; upgrade = 240 ÷ 2,000 = 12 %;
 * average profit = 1,245,000 ÷ [(2,000 + 2,150) ÷ 2] = 1,245,000 ÷ 2,075 = ¥600; growth 150 ÷ 2,000 = 7.5 %.
 */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { countsProblems, crmKpis, type PeriodCounts } from '../../../../src/lib/loyalty-scorecard/crmKpis.ts';
import { kpiFormats } from '../../../../src/lib/loyalty-scorecard/kpiFormats.ts';
import { countsProblemText, kpiLines, kpiSummary } from '../../../../src/lib/loyalty-scorecard/kpiText.ts';
import { loyaltyFormats } from '../../../../src/lib/loyalty-scorecard/loyaltyFormats.ts';
import { freshFoodShop } from '../../../../src/schemas/crmKpiCounts.ts';

const shop: PeriodCounts = { start: 2000, end: 2150, newCustomers: 500, lost: 350, upgraded: 240, profit: 1_245_000 };
const en = dictionaries.en.loyaltyScorecard.kpi;
const zh = dictionaries['zh-cn'].loyaltyScorecard.kpi;
const enFormats = kpiFormats(loyaltyFormats('en'), 'en');
const zhFormats = kpiFormats(loyaltyFormats('zh-CN'), 'zh-CN');

function kpisOf(counts: PeriodCounts) {
  const reading = crmKpis(counts);
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
  return reading.kpis;
}

describe('crmKpis', () => {
  it('works the fresh-food shop out as the chapter does', () => {
    expect(freshFoodShop).toEqual(shop);
    const kpis = kpisOf(shop);
    expect(kpis.retained).toBe(1650);
    expect(kpis.retention).toBeCloseTo(0.825, 12);
    expect(kpis.defection).toBeCloseTo(0.175, 12);
    expect(kpis.newRate).toBeCloseTo(0.25, 12);
    expect(kpis.upgradeRate).toBeCloseTo(0.12, 12);
    expect(kpis.averageCustomers).toBe(2075);
    expect(kpis.averageProfit).toBeCloseTo(600, 9);
    expect(kpis.growth).toBeCloseTo(0.075, 12);
  });

  it('divides the upgrades by the customers at the start, not by those kept (240 ÷ 1,650 would be 14.5 %)', () => {
    expect(kpisOf(shop).upgradeRate).not.toBeCloseTo(240 / 1650, 3);
  });

  it('averages customers as (start + end) ÷ 2, not the end (1,245,000 ÷ 2,150 would be ¥579)', () => {
    expect(kpisOf({ ...shop, profit: 1000 }).averageProfit).toBeCloseTo(1000 / 2075, 12);
    // An odd total: (2,000 + 2,151) ÷ 2 = 2,075.5 with 501 new.
    expect(kpisOf({ ...shop, end: 2151, newCustomers: 501 }).averageCustomers).toBe(2075.5);
  });

  it('gives a loss per customer when the period lost money', () => {
    expect(kpisOf({ ...shop, profit: -207_500 }).averageProfit).toBeCloseTo(-100, 9);
  });
});

describe('countsProblems', () => {
  it('finds nothing wrong with the shop', () => {
    expect(countsProblems(shop)).toBeNull();
  });

  it('catches counts that do not balance, with the end and the loss that would balance them', () => {
    // Exercise 3's trap: 600 new with the end still 2,150. 2,000 − 350 + 600 = 2,250; 2,000 + 600 − 2,150 = 450.
    expect(countsProblems({ ...shop, newCustomers: 600 })).toEqual([
      { code: 'unbalanced', expectedEnd: 2250, impliedLost: 450 },
    ]);
    expect(crmKpis({ ...shop, newCustomers: 600 }).ok).toBe(false);
  });

  it('catches more lost than there were at the start, and more upgraded than were kept', () => {
    expect(countsProblems({ ...shop, lost: 2100, end: 400 })).toEqual([{ code: 'lostAboveStart' }]);
    // Kept 2,000 − 350 = 1,650; 1,651 upgraded is one too many, 1,650 is fine.
    expect(countsProblems({ ...shop, upgraded: 1651 })).toEqual([{ code: 'upgradedAboveRetained', retained: 1650 }]);
    expect(countsProblems({ ...shop, upgraded: 1650 })).toBeNull();
  });

  it('reports every contradiction at once', () => {
    expect(countsProblems({ ...shop, end: 2000, upgraded: 1700 })).toEqual([
      { code: 'unbalanced', expectedEnd: 2150, impliedLost: 500 },
      { code: 'upgradedAboveRetained', retained: 1650 },
    ]);
    expect(countsProblems({ ...shop, start: 0, lost: 0, end: 500, upgraded: 0 })).toEqual([{ code: 'noStart' }]);
  });
});

describe('the calculator’s words', () => {
  it('shows each formula worked with the shop’s counts beside its result, in English', () => {
    const lines = kpiLines(shop, kpisOf(shop), en, enFormats);
    expect(lines.map(({ formula, working, result }) => `${formula} = ${working} = ${result}`)).toEqual([
      '(E − N) ÷ S = (2,150 − 500) ÷ 2,000 = 82.5%',
      'L ÷ S = 350 ÷ 2,000 = 17.5%',
      'N ÷ S = 500 ÷ 2,000 = 25%',
      'U ÷ S = 240 ÷ 2,000 = 12%',
      'P ÷ [(S + E) ÷ 2] = ¥1,245,000 ÷ [(2,000 + 2,150) ÷ 2] = ¥1,245,000 ÷ 2,075 = ¥600',
    ]);
    expect(lines[0]!.name).toBe('Retention (anti-defection) rate');
    expect(kpiSummary(shop, kpisOf(shop), en, enFormats)).toBe(
      'Customers grew from 2,000 to 2,150, up 7.5%: 25% new customers more than made up for 17.5% lost.',
    );
  });

  it('does the same in Chinese, with money to the fen when it is not whole', () => {
    const lines = kpiLines(shop, kpisOf(shop), zh, zhFormats);
    expect(lines[0]).toEqual({
      row: 'retention',
      name: '保留率（反背叛率）',
      formula: '(E − N) ÷ S',
      working: '(2,150 − 500) ÷ 2,000',
      result: '82.5%',
    });
    expect(lines[4]!.result).toBe('¥600');
    // 1,000 ÷ 2,075 = 0.4819… → ¥0.48; (2,000 + 2,151) ÷ 2 = 2,075.5 shown with its half.
    const odd = { ...shop, end: 2151, newCustomers: 501, profit: 1000 };
    expect(kpiLines(odd, kpisOf(odd), zh, zhFormats)[4]).toMatchObject({
      working: '¥1,000 ÷ [(2,000 + 2,151) ÷ 2] = ¥1,000 ÷ 2,075.5',
      result: '¥0.48',
    });
    // 2,000 → 1,900 with 250 new and 350 lost: down 5 %.
    const shrinking = { ...shop, end: 1900, newCustomers: 250 };
    expect(kpiSummary(shrinking, kpisOf(shrinking), zh, zhFormats)).toBe(
      '客户数从 2,000 降至 1,900，减少 5%：12.5% 的新增没能补上 17.5% 的流失。',
    );
    const flat = { ...shop, end: 2000, newCustomers: 350 };
    expect(kpiSummary(flat, kpisOf(flat), en, enFormats)).toBe(
      'Customers stayed at 2,000: 17.5% new customers exactly made up for 17.5% lost.',
    );
  });

  it('names each contradiction with the figures that break it', () => {
    const trap = { ...shop, newCustomers: 600 };
    expect(countsProblemText({ code: 'unbalanced', expectedEnd: 2250, impliedLost: 450 }, trap, en, enFormats)).toBe(
      'The counts do not add up: start 2,000 − lost 350 + new 600 = 2,250, but the end is 2,150. Change one of them, or use a button below.',
    );
    expect(
      countsProblemText({ code: 'upgradedAboveRetained', retained: 1650 }, { ...shop, upgraded: 1700 }, zh, zhFormats),
    ).toBe('升级客户（1,700）不能多于留下的老客户（期初 2,000 − 流失 350 = 1,650）：升级的只能是留下来的人。');
    expect(countsProblemText({ code: 'lostAboveStart' }, { ...shop, lost: 2100 }, en, enFormats)).toBe(
      'Customers lost (2,100) cannot be more than customers at the start (2,000): only customers who were there can be lost.',
    );
  });
});
