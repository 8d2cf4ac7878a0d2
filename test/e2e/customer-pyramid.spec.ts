/**
 * The customer-pyramid explorer, used by keyboard. Expected figures were counted from
 * src/data/sample-customers.csv independently of the engine (a spreadsheet-style tally: sort by
 * profit, customer id on ties, cut at round(0.05·3000) = 150, round(0.20·3000) = 600 and
 * round(0.70·3000) = 2100): total profit ¥432,306; platinum 150 customers, ¥190,859 = 44.1 %;
 * gold 450, 37.8 %; iron 1,500, 28.0 %; lead 900, ¥−42,657 = −9.9 %. The top 20 % bring 81.9 %;
 * 80 % of the profit is reached at customer 562 (18.7 %). Platinum as the top 10 % (300): 61.9 %.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForIslands, tabTo, retype } from './fixtures.ts';

const chapter = '/en/chapters/03-customer-value/';

async function openExplorer(page: Page, path = chapter) {
  await page.goto(`${path}#pyramid-explorer`);
  await waitForIslands(page);
  await expect(page.getByTestId('pyramid-source')).toBeVisible();
  await tabTo(page, 'pyramid-platinum');
}

const tierRow = (page: Page, tier: string) => page.getByTestId('pyramid-table').locator(`tr[data-tier="${tier}"]`);

test('the sample shows each tier’s shares and the 80/20 check @phone', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByTestId('pyramid-source')).toContainText('3,000 customers');
  await expect(page.getByTestId('pyramid-pareto')).toHaveText(
    'The most profitable 20% of customers bring 81.9% of the profit; 18.7% of customers (562) bring 80% of it.',
  );
  await expect(tierRow(page, 'platinum')).toContainText('150');
  await expect(tierRow(page, 'platinum')).toContainText('44.1%');
  await expect(tierRow(page, 'gold')).toContainText('37.8%');
  await expect(tierRow(page, 'iron')).toContainText('28%');
  await expect(tierRow(page, 'lead')).toContainText('-9.9%');
});

test('a keyboard user widens platinum; bad cut-offs get a message and keep the last result', async ({ page }) => {
  await openExplorer(page);
  await retype(page, '10');
  await expect(tierRow(page, 'platinum')).toContainText('61.9%');
  await expect(tierRow(page, 'platinum')).toContainText('300');
  // A screen reader hears what the chart and table now show (the 80/20 line does not change).
  await expect(page.locator('.pyramid').getByRole('status')).toContainText(
    'By tier: Platinum 10% of customers, 61.9% of profit; Gold 15% of customers',
  );
  await retype(page, 'abc');
  await expect(page.locator('#pyramid-platinum')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#pyramid-platinum-problem')).toHaveText(
    '⚠ “Platinum: top (%)” must be a number, for example 12.5.',
  );
  await expect(tierRow(page, 'platinum')).toContainText('61.9%');
  await retype(page, '5,5');
  await expect(page.locator('#pyramid-platinum-problem')).toHaveText(
    '⚠ “Platinum: top (%)”: use a point for decimals, for example 5.5; a comma only separates thousands, as in 1,000.',
  );
  // Typing "5,5" passed through "5", the last valid cut-off: platinum is the top 5 % again.
  await expect(tierRow(page, 'platinum')).toContainText('44.1%');
  await retype(page, '10');
  await tabTo(page, 'pyramid-iron');
  await retype(page, '80');
  await expect(page.locator('#pyramid-total-problem')).toHaveText(
    '⚠ Platinum, gold and iron together cannot be more than 100% of customers.',
  );
  // The rule across the three marks every field and is tied to each.
  for (const field of ['platinum', 'gold', 'iron']) {
    await expect(page.locator(`#pyramid-${field}`)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#pyramid-${field}`)).toHaveAttribute('aria-describedby', 'pyramid-total-problem');
  }
  await expect(page.locator('.pyramid .stale-notice')).toBeVisible();
  await expect(tierRow(page, 'platinum')).toContainText('61.9%');
});

test('an own file is read in the browser with its bad rows listed by line; an oversized one is refused', async ({
  page,
}) => {
  await openExplorer(page);
  const csv = [
    'customerId,lastPurchaseDaysAgo,purchases,revenue,profit',
    'A1,10,5,1000,500',
    'A2,20,x,300,100',
    'A3,30,2,200,-50',
    'A1,5,1,100,10',
  ].join('\n');
  await page
    .locator('#pyramid-file')
    .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('pyramid-source')).toHaveText('Data: your file, 2 customers.');
  const errors = page.getByTestId('pyramid-row-errors');
  await expect(errors).toContainText('2 rows were left out:');
  await expect(errors).toContainText('Line 3, purchases: not a number.');
  await expect(errors).toContainText('Line 5, customerId: the same customer as line 2.');

  await page
    .locator('#pyramid-file')
    .setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') });
  await expect(page.getByTestId('pyramid-file-problems')).toHaveText(
    'This file is 6 MB; the limit is 5 MB. It was not read.',
  );
  await tabTo(page, 'pyramid-sample');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pyramid-source')).toContainText('3,000 customers');
});

test('the Chinese explorer speaks Chinese', async ({ page }) => {
  await openExplorer(page, '/chapters/03-customer-value/');
  await expect(page.getByTestId('pyramid-pareto')).toHaveText(
    '利润最高的 20% 客户带来 81.9% 的利润；带来 80% 利润的是 18.7% 的客户（562 位）。',
  );
  await retype(page, '-1');
  await expect(page.locator('#pyramid-platinum-problem')).toHaveText('⚠ “白金：前（%）”不能小于 0%。');
  await retype(page, '120');
  await expect(page.locator('#pyramid-platinum-problem')).toHaveText('⚠ “白金：前（%）”不能大于 100%。');
});

test('a decimal comma in a file is named as the reason its row was left out', async ({ page }) => {
  await openExplorer(page, '/chapters/03-customer-value/');
  const csv = ['客户编号;距上次购买天数;购买次数;收入;利润', 'A1;10;5;1000;500', 'A2;20;2;"300,5";100'].join('\r\n');
  await page
    .locator('#pyramid-file')
    .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('pyramid-source')).toHaveText('数据：你的文件，共 1 位客户。');
  await expect(page.getByTestId('pyramid-row-errors')).toContainText(
    '第 3 行，revenue：小数用了逗号；请用小数点，例如 5.5（逗号只用来分隔千位）。',
  );
});
