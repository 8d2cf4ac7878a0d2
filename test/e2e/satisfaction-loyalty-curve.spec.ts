/**
 * The satisfaction–loyalty curve widget, used by keyboard alone, in both languages. Expected
 * figures are worked by hand (see test/unit/lib/loyalty-curve/retentionReport.test.ts), with
 * c(x) = 0.95 ÷ 6^(5 − x), h(s) = 0.9(3s² − 2s³) and p = 1 − (1 − c)(1 − h):
 * - the example firm 20 / 40 / 120 / 520 / 300 (scores 1 to 5): competitive 370.69 stay (37.1 %),
 *   switching costs 50 (h = 0.45) 1000 − 0.55 × 629.31 = 653.88 (65.4 %), little competition
 *   1000 − 0.1 × 629.31 = 937.07 (93.7 %), course-note table 0.5 + 7 + 75 + 429 + 283.5 = 795 (79.5 %);
 * - the chapter's 30 / 70 / 200 / 450 / 250: 314.36 (31.4 %), 622.90 (62.3 %), 931.44 (93.1 %), 745.5 (74.6 %);
 * - 50 moved from 4 to 5 (30 / 70 / 200 / 400 / 300): competitive 314.36 + 50 × 0.791667 = 353.94
 *   (35.4 %), little competition 935.39 (93.5 %), table 751.5; at switching costs 90 (h = 0.8748)
 *   0.353941 + 0.646059 × 0.8748 = 91.9 %.
 */
import { expect, test, waitForIslands, tabTo, retype } from './fixtures.ts';
import type { Page } from '@playwright/test';

// Every step is a real key press (a Tab to each field and button), which on a busy machine takes a while.
test.describe.configure({ timeout: 90_000 });

const en = '/en/chapters/05-loyalty/';
const zh = '/chapters/05-loyalty/';

/** Types each count into its field, scores 1 to 5, by the keyboard. */
async function typeCounts(page: Page, counts: number[]) {
  for (const [i, count] of counts.entries()) {
    await tabTo(page, `curve-score${i + 1}`);
    await retype(page, String(count));
  }
}

/** Presses a stepper button `times` times from the keyboard. */
async function press(page: Page, id: string, times: number) {
  await tabTo(page, id);
  for (let i = 0; i < times; i++) await page.keyboard.press('Enter');
}

test('a keyboard user sets the chapter’s distribution, moves 4s to 5s and lets competition arrive @phone', async ({
  page,
}) => {
  await page.goto(en);
  const summary = page.getByTestId('curve-summary');
  await expect(summary).toHaveText(
    'Of 1,000 customers, 82% gave a 4 or a 5, and the average score is 4. Expected retention: 37.1% in a highly competitive market, 65.4% at switching costs 50, 93.7% with little competition; 79.5% by the course-note table.',
  );
  // The printed page quotes the engine's figures for the chapter's example.
  await expect(page.locator('.widget-print').filter({ hasText: 'satisfaction scores 1 to 5' })).toContainText(
    'about 31.4% in the competitive market and 93.1% with little competition, against 74.6% by the course-note table',
  );

  await tabTo(page, 'curve-score1');
  await waitForIslands(page);
  await typeCounts(page, [30, 70, 200, 450, 250]);
  await expect(summary).toHaveText(
    'Of 1,000 customers, 70% gave a 4 or a 5, and the average score is 3.8. Expected retention: 31.4% in a highly competitive market, 62.3% at switching costs 50, 93.1% with little competition; 74.6% by the course-note table.',
  );
  const footer = page.getByTestId('curve-table').locator('tfoot tr');
  await expect(footer.first()).toContainText('745.5');

  // Exercise 2: 50 customers from 4 to 5, ten at a time.
  await press(page, 'curve-score4-down', 5);
  await press(page, 'curve-score5-up', 5);
  await expect(page.locator('#curve-score4')).toHaveValue('400');
  await expect(page.locator('#curve-score5')).toHaveValue('300');
  await expect(summary).toContainText('35.4% in a highly competitive market');
  await expect(summary).toContainText('93.5% with little competition; 75.2% by the course-note table');
  await expect(footer.first()).toContainText('353.9');
  await expect(footer.first()).toContainText('751.5');
  await expect(footer.last()).toContainText('35.4%');
  await expect(page.getByTestId('curve-table').locator('tbody tr').first()).toContainText('300');

  // Exercise 3: the slider by keyboard, from the top down.
  await tabTo(page, 'curve-switching');
  await page.keyboard.press('End');
  await expect(page.locator('#curve-switching-value')).toHaveText(
    'Switching costs 100: 90% of customers are held whatever their satisfaction',
  );
  await expect(summary).toContainText('93.5% at switching costs 100');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#curve-switching-value')).toHaveText(
    'Switching costs 90: 87.5% of customers are held whatever their satisfaction',
  );
  await expect(summary).toContainText('91.9% at switching costs 90');
  await expect(page.locator('#curve-switching')).toHaveAttribute('aria-valuetext', /^Switching costs 90: 87\.5%/);
  await expect(page.getByTestId('curve-table').locator('thead')).toContainText('Switching costs 90');
  await expect(page.locator('.curve-chart figcaption')).toContainText('thick dotted with diamonds: switching costs 90');

  // Announced once typing pauses; the quiz has a live region of its own.
  await expect(page.locator('.curve').getByRole('status')).toContainText('91.9% at switching costs 90');
  const tried = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.endsWith(':SatisfactionLoyaltyCurve')),
  );
  expect(tried).toEqual([expect.stringContaining('widget:05-loyalty:SatisfactionLoyaltyCurve')]);
  // Nothing scrolls sideways at phone width (the table scrolls in its own box).
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('the model is stated under "assumptions", opened by keyboard, and the zones are named in the chart', async ({
  page,
}) => {
  await page.goto(en);
  await tabTo(page, 'curve-assumptions');
  await page.keyboard.press('Enter');
  const assumptions = page.locator('.curve-assumptions');
  await expect(assumptions).toHaveAttribute('open', '');
  await expect(assumptions).toContainText('c(x) = 0.95 ÷ 6^(5 − x)');
  await expect(assumptions).toContainText('h(s) = 0.9 × (3s² − 2s³)');
  await expect(assumptions).toContainText('p(x, s) = 1 − (1 − c(x)) × (1 − h(s))');
  const zones = page.locator('.curve-zones text');
  await expect(zones).toHaveText(['Defection', 'Indifference (quality-insensitive)', 'Affection']);
});

test('the Chinese widget explains what it cannot use and resets by keyboard @phone', async ({ page }) => {
  await page.goto(zh);
  const summary = page.getByTestId('curve-summary');
  await tabTo(page, 'curve-score3');
  await waitForIslands(page);
  await retype(page, '2.5');
  await expect(page.locator('#curve-score3')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#curve-score3-problem')).toHaveText('⚠ “3 分的人数”需要是整数。');
  await expect(page.locator('.curve .stale-notice')).toBeVisible();
  // Typing "2.5" passed through "2": 20 / 40 / 2 / 520 / 300, 882 customers.
  await expect(summary).toContainText('882 位顾客中');

  await typeCounts(page, [0, 0, 0, 0, 0]);
  await expect(page.locator('#curve-total')).toHaveText('⚠ 至少要有一位顾客，才能算出保留率。');
  await expect(page.locator('#curve-score1')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.curve').getByRole('status')).toContainText('至少要有一位顾客');

  await tabTo(page, 'curve-reset');
  await page.keyboard.press('Enter');
  await expect(page.locator('#curve-score4')).toHaveValue('520');
  await expect(summary).toHaveText(
    '1,000 位顾客中有 82% 打了 4 分或 5 分，平均 4 分。预计保留率：竞争激烈的市场 37.1%，转换成本 50 时 65.4%，竞争很弱的市场 93.7%；按讲义表格是 79.5%。',
  );
  await expect(page.locator('.curve-zones text')).toHaveText(['背叛区', '冷漠区（质量不敏感区）', '喜爱区']);
});

test('the Chinese widget moves customers with the steppers, never below zero', async ({ page }) => {
  await page.goto(zh);
  const summary = page.getByTestId('curve-summary');
  await tabTo(page, 'curve-score1');
  await waitForIslands(page);
  await typeCounts(page, [30, 70, 200, 450, 250]);
  await expect(summary).toContainText(
    '竞争激烈的市场 31.4%，转换成本 50 时 62.3%，竞争很弱的市场 93.1%；按讲义表格是 74.6%',
  );
  // 30 at a 1, four presses of −10 by Space: 20, 10, 0, and 0 again.
  await tabTo(page, 'curve-score1-down');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Space');
  await expect(page.locator('#curve-score1')).toHaveValue('0');
  // 970 customers: 0 / 70 / 200 / 450 / 250; the 2 → 3 move of exercise 2, 50 customers.
  await press(page, 'curve-score2-down', 5);
  await press(page, 'curve-score3-up', 5);
  await expect(page.locator('#curve-score2')).toHaveValue('20');
  await expect(page.locator('#curve-score3')).toHaveValue('250');
  await expect(page.locator('#curve-total')).toHaveText('共 970 位顾客');
});

test('the bars glide to new heights, unless the reader asks for less motion', async ({ page }) => {
  await page.goto(en);
  await tabTo(page, 'curve-score1');
  await waitForIslands(page);
  const duration = () =>
    page
      .locator('.curve-bars rect')
      .first()
      .evaluate((bar) => getComputedStyle(bar).transitionDuration);
  expect(await duration()).toContain('0.25s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toBe('0s');
});
