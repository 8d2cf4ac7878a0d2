/**
 * The loyalty scorecard and its KPI calculator, used by keyboard alone in both languages. Expected
 * figures are worked by hand (see test/unit/lib/loyalty-scorecard/): with the chapter's weights
 * A = 3.30 and B = 3.95; with 30 %, 30 % and 8 % for the rest A = 3.74 and B = 3.64; the fresh-food
 * shop (2,000 → 2,150, 500 new, 350 lost, 240 upgraded, ¥1,245,000) gives 82.5 %, 17.5 %, 25 %,
 * 12 % and ¥600.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, retype, tabTo, test, waitForIslands, scrollTopForScan } from './fixtures.ts';

const en = '/en/chapters/05-loyalty/';
const zh = '/chapters/05-loyalty/';

// The scorecard sits near the end of a long chapter: reaching it by Tab alone takes a few hundred
// key presses, which on a busy machine can use up the default 30 seconds before the test proper.
test.describe.configure({ timeout: 60_000 });

test('a keyboard user checks the chapter’s 3.30 and 3.95, then exercise 2 flips the ranking @phone', async ({
  page,
}) => {
  await page.goto(en);
  const result = page.locator('.scorecard-result');
  await expect(result).toContainText('Loyalty index: A 3.30, B 3.95.');
  await expect(result).toContainText(
    'B leads by 0.65. What puts B ahead: attitude to competitors (+0.45), attention to the brand (+0.30), price sensitivity (+0.30), and tolerance of quality incidents (+0.30).',
  );
  await expect(result).toContainText(
    'add up to 2.30 for A and 1.60 for B; attitudinal measures to 1.00 for A and 2.35 for B.',
  );
  await expect(page.locator('#scorecard-weight-total')).toHaveText('The weights add up to 100%.');

  await tabTo(page, 'scorecard-preset-behaviour');
  await waitForIslands(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#scorecard-weight-repeatPurchases')).toHaveValue('30');
  await expect(page.locator('#scorecard-weight-incidentTolerance')).toHaveValue('8');
  // A = 1.5 + 1.2 + 0.08 × 13 = 3.74; B = 0.9 + 0.9 + 0.08 × 23 = 3.64.
  await expect(result).toContainText('Loyalty index: A 3.74, B 3.64.');
  await expect(result).toContainText(
    'A leads by 0.10. What puts A ahead: repeat purchases (+0.60), share of wallet (+0.30), and choice time (+0.08).',
  );
  await expect(page.locator('.scorecard-contribution').first()).toHaveText(
    'Contribution: A 30% × 5 = 1.50; B 30% × 3 = 0.90',
  );
  await expect(page.locator('.scorecard').getByRole('status')).toContainText('Loyalty index: A 3.74, B 3.64.');
  // The first use counts the exercise as tried, for the progress page.
  const tried = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith(':LoyaltyScorecard')));
  expect(tried).toEqual([expect.stringContaining('widget:05-loyalty:LoyaltyScorecard')]);
});

test('weights that do not add up to 100 % are named with their total, and the index waits for a fix', async ({
  page,
}) => {
  await page.goto(en);
  await tabTo(page, 'scorecard-weight-incidentTolerance');
  await waitForIslands(page);
  await retype(page, '7');
  const total = page.locator('#scorecard-weight-total');
  await expect(total).toHaveText(
    '⚠ The weights add up to 97%, 3% short of 100%: change them to add up to exactly 100%.',
  );
  await expect(page.locator('#scorecard-weight-repeatPurchases')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#scorecard-a-repeatPurchases')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.stale-notice')).toBeVisible();
  await expect(page.locator('.scorecard-result')).toContainText('Loyalty index: A 3.30, B 3.95.');
  await expect(page.locator('.scorecard').getByRole('status')).toHaveText(
    /The weights add up to 97%, 3% short of 100%.*Some input needs fixing/,
  );

  // 13 % there and 7 % on attention to the brand: 100 % again. A = 3.30 − 0.03 × 2 + 0.03 × 2 = 3.30;
  // B = 3.95 + 0.03 × 5 − 0.03 × 5 = 3.95: the same, as both customers rate the two measures alike.
  await retype(page, '13');
  await expect(total).toHaveText('⚠ The weights add up to 103%, 3% over 100%: change them to add up to exactly 100%.');
  await tabTo(page, 'scorecard-weight-brandAttention');
  await retype(page, '7');
  await expect(total).toHaveText('The weights add up to 100%.');
  await expect(page.locator('.stale-notice')).toHaveCount(0);

  // A rating above the scale: its own message, in full.
  await tabTo(page, 'scorecard-b-choiceTime');
  await retype(page, '6');
  await expect(page.locator('#scorecard-b-choiceTime-problem')).toHaveText(
    '⚠ “Choice time: rating for B” cannot be more than 5.',
  );
  await retype(page, '1');
  // B's choice time 4 → 1 at 10 %: 3.95 − 0.30 = 3.65.
  await expect(page.locator('.scorecard-result')).toContainText('Loyalty index: A 3.30, B 3.65.');
});

test('the Chinese scorecard: raising 甲’s attitude to competitors closes the gap @phone', async ({ page }) => {
  await page.goto(zh);
  const result = page.locator('.scorecard-result');
  await expect(result).toContainText('忠诚指数：甲 3.30，乙 3.95。');
  await expect(result).toContainText(
    '乙高出 0.65。乙靠的是对竞争产品的态度（+0.45）、关心程度（+0.30）、价格敏感度（+0.30）和对质量事故的承受力（+0.30）。',
  );
  await tabTo(page, 'scorecard-a-competitorAttitude');
  await waitForIslands(page);
  await retype(page, '5');
  // 3.30 + 0.15 × (5 − 2) = 3.75: B now leads by 0.20 and the two tie on attitude to competitors.
  await expect(result).toContainText('忠诚指数：甲 3.75，乙 3.95。');
  await expect(result).toContainText(
    '乙高出 0.20。乙靠的是关心程度（+0.30）、价格敏感度（+0.30）和对质量事故的承受力（+0.30）。',
  );
  await expect(page.locator('.scorecard-contribution').nth(5)).toHaveText('贡献：甲 15% × 5 = 0.75；乙 15% × 5 = 0.75');
  await retype(page, '0');
  await expect(page.locator('#scorecard-a-competitorAttitude-problem')).toHaveText(
    '⚠ “对竞争产品的态度：甲的分数”不能小于 1。',
  );
  await tabTo(page, 'scorecard-preset-chapter');
  await page.keyboard.press('Enter');
  await expect(page.locator('#scorecard-a-competitorAttitude')).toHaveValue('2');
  await expect(result).toContainText('忠诚指数：甲 3.30，乙 3.95。');
});

test('the KPI calculator, chosen by keyboard, works the fresh-food shop and exercise 3’s trap @phone', async ({
  page,
}) => {
  await page.goto(en);
  await tabTo(page, 'scorecard-mode-scorecard');
  await waitForIslands(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#scorecard-mode-kpi')).toBeChecked();
  const results = page.getByTestId('kpi-results');
  const line = (row: string) => results.locator(`[data-row="${row}"]`);
  await expect(line('retention')).toHaveText(
    'Retention (anti-defection) rate(E − N) ÷ S = (2,150 − 500) ÷ 2,000 = 82.5%',
  );
  await expect(line('defection')).toContainText('L ÷ S = 350 ÷ 2,000 = 17.5%');
  await expect(line('newRate')).toContainText('N ÷ S = 500 ÷ 2,000 = 25%');
  await expect(line('upgradeRate')).toContainText('U ÷ S = 240 ÷ 2,000 = 12%');
  await expect(line('averageProfit')).toContainText(
    'P ÷ [(S + E) ÷ 2] = ¥1,245,000 ÷ [(2,000 + 2,150) ÷ 2] = ¥1,245,000 ÷ 2,075 = ¥600',
  );
  await expect(results).toContainText(
    'Customers grew from 2,000 to 2,150, up 7.5%: 25% new customers more than made up for 17.5% lost.',
  );
  // The scorecard is hidden, not gone: its boxes are out of the Tab order.
  await expect(page.locator('#scorecard-weight-repeatPurchases')).toBeHidden();

  // Exercise 3: more new customers with the same year-end total.
  await tabTo(page, 'kpi-newCustomers');
  await retype(page, '600');
  const problems = page.getByTestId('kpi-problems');
  await expect(problems).toContainText(
    'The counts do not add up: start 2,000 − lost 350 + new 600 = 2,250, but the end is 2,150.',
  );
  await expect(page.locator('#kpi-lost')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#kpi-profit')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(line('retention')).toContainText('= 82.5%');
  await expect(page.locator('.scorecard').getByRole('status')).toHaveText(/^The counts do not add up/);
  await tabTo(page, 'kpi-fix-lost');
  await expect(page.locator('#kpi-fix-lost')).toHaveText('Set lost to 450 (= S + N − E)');
  await page.keyboard.press('Enter');
  await expect(page.locator('#kpi-lost')).toHaveValue('450');
  await expect(page.locator('#kpi-lost')).toBeFocused();
  await expect(problems).toHaveCount(0);
  // (2,150 − 600) ÷ 2,000 = 77.5 %; 450 ÷ 2,000 = 22.5 %; 600 ÷ 2,000 = 30 %.
  await expect(line('retention')).toContainText('(2,150 − 600) ÷ 2,000 = 77.5%');
  await expect(line('defection')).toContainText('450 ÷ 2,000 = 22.5%');
  await expect(results).toContainText('up 7.5%: 30% new customers more than made up for 22.5% lost.');
});

test('the Chinese calculator names each contradiction and keeps the last counts that agreed', async ({ page }) => {
  await page.goto(zh);
  await tabTo(page, 'scorecard-mode-scorecard');
  await waitForIslands(page);
  await page.keyboard.press('ArrowRight');
  const results = page.getByTestId('kpi-results');
  await expect(results).toContainText('(E − N) ÷ S = (2,150 − 500) ÷ 2,000 = 82.5%');
  await expect(results).toContainText('¥1,245,000 ÷ 2,075 = ¥600');

  await tabTo(page, 'kpi-upgraded');
  await retype(page, '1700');
  await expect(page.getByTestId('kpi-problems')).toHaveText(
    '⚠ 升级客户（1,700）不能多于留下的老客户（期初 2,000 − 流失 350 = 1,650）：升级的只能是留下来的人。',
  );
  await expect(page.locator('.stale-notice')).toContainText('人数需要修正');
  // Typing "1700" passed through "170", the last upgrade count that fitted: 170 ÷ 2,000 = 8.5 %.
  await expect(results).toContainText('U ÷ S = 170 ÷ 2,000 = 8.5%');
  await retype(page, '330');
  // 330 ÷ 2,000 = 16.5 %.
  await expect(results).toContainText('U ÷ S = 330 ÷ 2,000 = 16.5%');

  await tabTo(page, 'kpi-lost');
  await retype(page, '2100');
  await expect(page.getByTestId('kpi-problems')).toContainText(
    '流失客户（2,100）不能多于期初客户（2,000）：流失的只能是期初就在的客户。',
  );
  await expect(page.getByTestId('kpi-problems')).toContainText('人数对不上：期初 2,000 − 流失 2,100 + 新增 500 = 400');
  await tabTo(page, 'kpi-fix-end');
  await expect(page.locator('#kpi-fix-end')).toHaveText('把期末改为 400（= S − L + N）');
  await tabTo(page, 'kpi-example');
  await page.keyboard.press('Enter');
  await expect(page.locator('#kpi-lost')).toHaveValue('350');
  await expect(results).toContainText('U ÷ S = 240 ÷ 2,000 = 12%');
  await expect(page.getByTestId('kpi-problems')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the KPI calculator and its problems have no axe violations in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(en);
    await tabTo(page, 'scorecard-mode-scorecard');
    await waitForIslands(page);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'kpi-newCustomers');
    await retype(page, '600');
    await expect(page.getByTestId('kpi-problems')).toBeVisible();
    await scrollTopForScan(page);
    const results = await new AxeBuilder({ page })
      .include('.scorecard')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
