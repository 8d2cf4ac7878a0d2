/**
 * The churn-compounding widget, used by keyboard alone. Expected figures are hand-computed
 * (see test/unit/lib/churnCompounding.test.ts): with 20% churn, firm B keeps
 * 1000 → 900 → 820 → 756 → 704.8 → 663.84 customers.
 */
import { expect, test, waitForIslands, tabTo, retype } from './fixtures.ts';

const chapter = '/en/chapters/01-foundations/';

test('a keyboard user compares two churn rates and reads the hand-computed gap @phone', async ({ page }) => {
  await page.goto(chapter);
  const summary = page.getByTestId('churn-summary');
  await expect(summary).toContainText('After 5 years, Firm A has 1,226 customers and Firm B has 1,000.');
  await expect(summary).toContainText('CN¥701,838 more revenue');

  await tabTo(page, 'churn-churnRateA');
  await waitForIslands(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('#churn-churnRateB')).toBeFocused();
  await retype(page, '20');
  await expect(summary).toContainText('Firm A has 1,226 customers and Firm B has 664.');
  await expect(summary).toContainText('Firm A has 562 more customers (84.6% more) and CN¥1,857,198 more revenue');
  const lastRow = page.getByTestId('churn-table').locator('tbody tr').last();
  await expect(lastRow).toContainText('1,226');
  await expect(lastRow).toContainText('664');
  await expect(lastRow).toContainText('CN¥3,844,640');
  // The result is announced to screen readers once typing pauses.
  await expect(page.getByRole('status').filter({ hasText: 'Firm B has 664' })).toHaveCount(1);
});

test('out-of-range input gets a clear message and keeps the last valid result', async ({ page }) => {
  await page.goto(chapter);
  await tabTo(page, 'churn-churnRateA');
  await waitForIslands(page);
  await retype(page, '120');
  const field = page.locator('#churn-churnRateA');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#churn-churnRateA-problem')).toHaveText(
    '⚠ “Firm A yearly churn (%)” cannot be more than 100%.',
  );
  // Typing "120" passed through "12", the last valid churn: 1000 → 980 → 962.4 → 946.9 → 933.3 → 921.3.
  await expect(page.getByTestId('churn-summary')).toContainText('Firm A has 921 customers');
  await expect(page.locator('.stale-notice')).toBeVisible();
  await expect(field).toHaveValue('120');
  // The chapter's quiz has a live region of its own: this is the widget's.
  await expect(page.locator('.churn').getByRole('status')).toHaveText(
    /cannot be more than 100%\. Some input needs fixing/,
  );

  await tabTo(page, 'churn-years');
  await retype(page, '-3');
  await expect(page.locator('#churn-years-problem')).toContainText('cannot be less than 1');
});

test('the Chinese widget validates in Chinese and resets by keyboard', async ({ page }) => {
  await page.goto('/chapters/01-foundations/');
  await tabTo(page, 'churn-years');
  await waitForIslands(page);
  await retype(page, '2.5');
  await expect(page.locator('#churn-years-problem')).toHaveText('⚠ “年数”需要是整数。');
  await retype(page, '3');
  // Firm A after 3 years: 1,142.625 → 1,143; firm B stays at 1,000.
  await expect(page.getByTestId('churn-summary')).toContainText('3 年后，甲企业有 1,143 位客户，乙企业有 1,000 位。');
  await tabTo(page, 'churn-reset');
  await page.keyboard.press('Enter');
  await expect(page.locator('#churn-years')).toHaveValue('5');
  await expect(page.getByTestId('churn-summary')).toContainText('5 年后，甲企业有 1,226 位客户');
});

test('script-bearing input is kept as text, never run or inserted as markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await page.goto(chapter);
  await tabTo(page, 'churn-startingCustomers');
  await waitForIslands(page);
  const scriptsBefore = await page.locator('script').count();
  const attack = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await retype(page, attack);
  await expect(page.locator('#churn-startingCustomers')).toHaveValue(attack);
  await expect(page.locator('#churn-startingCustomers-problem')).toContainText('must be a number');
  await expect(page.locator('.widget img')).toHaveCount(0);
  await expect(page.locator('script')).toHaveCount(scriptsBefore);
  expect(dialogs).toBe(0);
});
