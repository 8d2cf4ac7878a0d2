/**
 * The lifetime-value calculator, used by keyboard alone. Expected figures are worked by hand
 * (the chapter's cohort table): m = 100, d = 10 %, 1000 customers, r = 80 %:
 *   year 1: 800 × 100 ÷ 1.1 = 72,727.27; year 2: 640 × 100 ÷ 1.21 = 52,892.56;
 *   year 3: 512 × 100 ÷ 1.331 = 38,467.32; three years: 164,087.15, i.e. 164.09 per customer,
 *   past the CAC of 150 first in year 3 (72.73 → 125.62 → 164.09).
 * Ten years: 100 · Σ (0.8/1.1)^t = 255.63 at r = 80 %, 100 · Σ (0.85/1.1)^t = 314.19 at 85 %.
 * Infinite horizon: 100 × 0.8 ÷ 0.3 = 266.67 (end of period), 100 × 1.1 ÷ 0.3 = 366.67 (up front);
 * at 85 %: 0.85 ÷ 0.25 = 3.4, so 90 × 3.4 = 306.00 and +27.5 % over 266.67.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForIslands, tabTo, retype } from './fixtures.ts';

const chapter = '/en/chapters/03-customer-value/';

/**
 * Opens the page at the calculator's section (which also starts keyboard navigation there) and
 * tabs to its first field once the island is live.
 */
async function openCalculator(page: Page, path = chapter) {
  await page.goto(`${path}#clv-calculator`);
  await waitForIslands(page);
  await tabTo(page, 'clv-a-startingCustomers');
}

const resultRow = (page: Page, row: string) => page.getByTestId('clv-results').locator(`tr[data-row="${row}"]`);

test('the default shows the chapter’s worked example, and a 3-year link reproduces it @phone', async ({ page }) => {
  await openCalculator(page);
  const yearRows = page.getByTestId('clv-table-a').locator('tbody tr');
  await expect(yearRows.nth(0)).toContainText('CN¥72,727.27');
  await expect(yearRows.nth(1)).toContainText('CN¥52,892.56');
  await expect(yearRows.nth(2)).toContainText('CN¥38,467.32');
  await expect(yearRows.nth(2)).toContainText('CN¥164,087.15');
  await expect(yearRows.nth(2)).toContainText('CN¥164.09');
  await expect(resultRow(page, 'payback')).toContainText('in year 3');
  await expect(resultRow(page, 'clvLifetime')).toContainText('CN¥266.67');
  await expect(page.getByTestId('clv-summary')).toHaveText(
    'Per customer acquired, scenario B is worth CN¥314.19 and scenario A CN¥255.63 over their horizons: B is worth CN¥58.57 (22.9%) more. Acquisition cost is paid back: A in year 3, B in year 3.',
  );

  await tabTo(page, 'clv-a-horizonYears');
  await retype(page, '3');
  await expect(yearRows).toHaveCount(3);
  await expect(resultRow(page, 'clvHorizon').locator('td').first()).toHaveText('CN¥164.09');
  await expect(resultRow(page, 'payback').locator('td').first()).toHaveText('in year 3');
  // The link now holds the scenario; opening it shows the same figures.
  await expect(page).toHaveURL(/a\.h=3/);
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('#clv-a-horizonYears')).toHaveValue('3');
  await expect(resultRow(page, 'clvHorizon').locator('td').first()).toHaveText('CN¥164.09');

  // On the narrowest phone nothing in the widget reaches past the screen's edge (its wide tables
  // scroll inside their own box), so the widget never makes the page scroll sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect
    .poll(() =>
      page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const widget = document.querySelector('.clv')!.closest('.widget')!;
        return [widget, ...widget.querySelectorAll('*')]
          .filter((element) => !element.closest('.table-scroll'))
          .map((element) => Math.ceil(element.getBoundingClientRect().right - width))
          .reduce((worst, overflow) => Math.max(worst, overflow), 0);
      }),
    )
    .toBe(0);
});

test('a keyboard user compares scenarios, switches the convention and reads the sensitivity', async ({ page }) => {
  await openCalculator(page);
  // Fields are visited in tab order. CAC 200: 192.06 after year 4, 212.41 after year 5, so payback moves to year 5.
  await tabTo(page, 'clv-a-acquisitionCost');
  await retype(page, '200');
  await expect(resultRow(page, 'payback').locator('td').first()).toHaveText('in year 5');
  await tabTo(page, 'clv-b-marginPerCustomer');
  await retype(page, '90');
  await expect(resultRow(page, 'clvLifetime').locator('td').nth(1)).toHaveText('CN¥306.00');
  await expect(resultRow(page, 'multiple').locator('td').nth(1)).toHaveText('3.40');
  await expect(page.getByRole('status').filter({ hasText: 'scenario B is worth CN¥282.77' })).toHaveCount(1);

  // +5 points from 80 %: 0.85 ÷ 0.25 = 3.4 against 2.667, +27.5 %.
  const plusFive = page.getByTestId('clv-sensitivity').locator('tbody tr').nth(4);
  await expect(plusFive).toContainText('85%');
  await expect(plusFive).toContainText('CN¥340.00');
  await expect(plusFive).toContainText('+27.5%');

  await tabTo(page, 'clv-timing-endOfPeriod');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#clv-timing-upFront')).toBeChecked();
  await expect(resultRow(page, 'multiple').locator('td').first()).toHaveText('3.67');
  await expect(resultRow(page, 'clvLifetime').locator('td').first()).toHaveText('CN¥366.67');
  // The table's convention does not change: year 3 is still 164.09 per customer.
  await expect(page.getByTestId('clv-table-a').locator('tbody tr').nth(2)).toContainText('CN¥164.09');
  await expect(page).toHaveURL(/timing=upFront/);
});

test('the cohort table downloads as CSV with English headers and full-precision numbers', async ({ page }) => {
  await openCalculator(page);
  await tabTo(page, 'clv-download-a');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('lifetime-value-A.csv');
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe(
    'Year,Retention,Customers at year end,Margin per customer,Margin,Discounted margin,Cumulative discounted margin,Cumulative per customer acquired',
  );
  expect(lines).toHaveLength(12); // header, 10 years, the empty string after the last line end
  expect(lines[1]).toMatch(/^1,0\.8,800,100,80000,72727\.2727/);
  expect(lines[3]).toMatch(/,164\.0871525/);
});

test('bad input shows a message and keeps the last valid result; a broken link names the field', async ({ page }) => {
  await openCalculator(page);
  await tabTo(page, 'clv-a-retention');
  await retype(page, 'x');
  const field = page.locator('#clv-a-retention');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#clv-a-retention-problem')).toHaveText(
    '⚠ “Yearly retention (%)” must be a number, for example 12.5.',
  );
  await expect(page.locator('.clv .stale-notice')).toBeVisible();
  await expect(resultRow(page, 'clvLifetime').locator('td').first()).toHaveText('CN¥266.67');
  await retype(page, '100');
  await expect(page.locator('#clv-a-retention-problem')).toHaveText(
    '⚠ “Yearly retention (%)” cannot be more than 99%.',
  );
  // "100" passed through "10": 100 × 0.1 ÷ 1.0 = 10.00 is the last valid lifetime value.
  await expect(resultRow(page, 'clvLifetime').locator('td').first()).toHaveText('CN¥10.00');
  // A decimal comma is refused with its own message, never read as 825 % or 82.5 %.
  await retype(page, '82,5');
  await expect(page.locator('#clv-a-retention-problem')).toHaveText(
    '⚠ “Yearly retention (%)”: use a point for decimals, for example 5.5; a comma only separates thousands, as in 1,000.',
  );
  // "82,5" passed through "82": 100 × 0.82 ÷ (1.1 − 0.82) = 292.86.
  await expect(resultRow(page, 'clvLifetime').locator('td').first()).toHaveText('CN¥292.86');

  await openCalculator(page, `${chapter}?a.r=abc&b.d=5&a.h=3`);
  const problems = page.getByTestId('clv-link-problems');
  await expect(problems).toContainText(
    'The link’s value for “Yearly retention (%)” in Scenario A could not be used, so the default is shown instead.',
  );
  await expect(problems).toContainText('“Discount rate (%)” in Scenario B');
  await expect(page.locator('#clv-a-retention')).toHaveValue('80');
  await expect(page.locator('#clv-b-discountRate')).toHaveValue('10');
  // The good part of the link still applies: three years, 164.09 per customer.
  await expect(resultRow(page, 'clvHorizon').locator('td').first()).toHaveText('CN¥164.09');
});

test('the Chinese calculator states its convention and speaks Chinese', async ({ page }) => {
  await openCalculator(page, '/chapters/03-customer-value/');
  await expect(page.locator('.clv-timing-statement')).toContainText('期末计利润');
  await expect(page.getByTestId('clv-summary')).toHaveText(
    '按每位获取客户计算，情景 B 在其年限内值 ¥314.19，情景 A 值 ¥255.63：B 比 A 多 ¥58.57（高 22.9%）。回收年：情景 A 第 3 年，情景 B 第 3 年。',
  );
  await tabTo(page, 'clv-a-horizonYears');
  await retype(page, '2.5');
  await expect(page.locator('#clv-a-horizonYears-problem')).toHaveText('⚠ “年数”需要是整数。');
});
