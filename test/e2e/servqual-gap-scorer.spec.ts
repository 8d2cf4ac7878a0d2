/**
 * The SERVQUAL gap scorer, used by keyboard alone in both languages. Expected figures are worked by
 * hand in test/unit/lib/servqual/ (gapScores, importanceWeights, toleranceZone and classGaps tests):
 * the hospital preset's gaps are tangibles −0.50, reliability −2.40, responsiveness −2.75,
 * assurance −1.00, empathy −2.40, overall (−0.5 − 2.4 − 2.75 − 1 − 2.4) / 5 = −1.81, weighted
 * by 10/30/25/20/15 points −2.0175.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForIslands, tabTo, retype, scrollTopForScan } from './fixtures.ts';

const zhChapter = '/chapters/04-satisfaction/';
const enChapter = '/en/chapters/04-satisfaction/';

async function openScorer(page: Page, path: string) {
  await page.goto(`${path}#servqual-scorer`);
  await waitForIslands(page);
  await tabTo(page, 'sq-preset');
  await expect(page.locator('.servqual')).toHaveAttribute('data-hydrated', '');
}

const dimensionRow = (page: Page, table: string, dimension: string) =>
  page.getByTestId(table).locator(`tr[data-dimension="${dimension}"]`);
const status = (page: Page) => page.locator('.servqual').getByRole('status');

/** Nothing on the page is wider than the window (a phone's screen in the phone project). */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('a keyboard user scores the hospital, edits a rating and the importance split @phone', async ({ page }) => {
  await openScorer(page, enChapter);
  const summary = page.getByTestId('sq-summary');
  await expect(summary).toHaveText(
    'Overall gap (the mean of the five dimension gaps, unweighted): -1.81. Weighted by your importance points: -2.02. The largest gap is in responsiveness (-2.75): perception falls furthest short of expectation there.',
  );
  await expect(dimensionRow(page, 'sq-table', 'tangibles')).toHaveText(/Tangibles\s*5\.25\s*4\.75\s*-0\.50\s*10/);
  await expect(dimensionRow(page, 'sq-table', 'reliability')).toContainText('-2.40');

  // Reliability is closed: from the last tangibles box, Tab reaches its disclosure; Enter opens it.
  await tabTo(page, 'sq-perceived-4');
  await page.keyboard.press('Tab');
  await expect(page.locator('.sq-group summary', { hasText: 'Reliability' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('#sq-expected-5')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#sq-perceived-5')).toBeFocused();
  // Statement 5 perceived 4 → 7: reliability (0 − 2 − 2 − 4 − 1) / 5 = −1.80; overall
  // (−0.5 − 1.8 − 2.75 − 1 − 2.4) / 5 = −1.69; weighted −0.05 − 0.54 − 0.6875 − 0.2 − 0.36 = −1.8375.
  await retype(page, '7');
  await expect(summary).toContainText('unweighted): -1.69. Weighted by your importance points: -1.84.');
  await expect(dimensionRow(page, 'sq-table', 'reliability')).toHaveText(/Reliability\s*7\.00\s*5\.20\s*-1\.80\s*30/);
  await expect(page.locator('.sq-group summary', { hasText: 'Reliability' })).toContainText('gap -1.80');
  await expect(status(page).filter({ hasText: 'unweighted): -1.69' })).toHaveCount(1);

  // A rating off the scale names the statement and keeps the last complete result.
  await retype(page, '9');
  await expect(page.locator('#sq-perceived-5')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#sq-perceived-5-p')).toHaveText('⚠ “Statement 5, Perceived” cannot be more than 7.');
  await expect(page.locator('.servqual .stale-notice')).toBeVisible();
  await expect(summary).toContainText('-1.69');
  await expect(status(page).filter({ hasText: 'cannot be more than 7' })).toHaveCount(1);
  await retype(page, '4');
  await expect(summary).toContainText('-1.81');

  // Points that do not add up to 100: the weighted gap waits, every field is tied to the message.
  await tabTo(page, 'sq-w-empathy');
  await retype(page, '5');
  await expect(page.locator('#sq-importance-total')).toHaveText(
    'The five dimensions’ points add up to 90; they must add up to exactly 100.',
  );
  await expect(page.locator('#sq-w-tangibles')).toHaveAttribute('aria-describedby', 'sq-importance-total');
  await expect(summary).toContainText('The importance points do not add up to 100, so there is no weighted gap yet.');
  // Empathy 5 → 25 and tangibles 10 → 0: 0 × (−0.5) + 0.3 × (−2.4) + 0.25 × (−2.75) + 0.2 × (−1) + 0.25 × (−2.4)
  // = −0.72 − 0.6875 − 0.2 − 0.6 = −2.2075.
  await retype(page, '25');
  await tabTo(page, 'sq-w-tangibles');
  await retype(page, '0');
  await expect(page.locator('#sq-importance-total')).toHaveText('Total: 100 of 100 points.');
  await expect(summary).toContainText('Weighted by your importance points: -2.21.');
  await expectNoSidewaysScroll(page);
});

test('the Chinese scorer takes the bank preset and the zone of tolerance by keyboard @phone', async ({ page }) => {
  await openScorer(page, zhChapter);
  await expect(page.getByTestId('sq-summary')).toContainText('总体差距（五个维度差距的平均值，不加权）为 -1.81。');
  // The bank comes second in the list. Its gaps: tangibles +0.75, reliability −0.80, responsiveness −2.00,
  // assurance −0.25, empathy −1.60; overall −3.9 / 5 = −0.78.
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#sq-preset')).toHaveValue('bank-branch');
  await expect(page.getByTestId('sq-summary')).toContainText('为 -0.78。');
  await expect(page.getByTestId('sq-summary')).toContainText('差距最大的是响应性（-2.00）');
  await expect(dimensionRow(page, 'sq-table', 'tangibles')).toContainText('+0.75');

  await tabTo(page, 'sq-mode-gap');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#sq-mode-zone')).toBeChecked();
  // Perceived against adequate and desired, per dimension: tangibles 6.5 above 6 → above; responsiveness
  // 4 below 4.25 → below; empathy 3.6 on its adequate 3.6 → within. Mean MSA (2.25 + 0.4 − 0.25 + 0.75 + 0) / 5
  // = 0.63; mean MSS (0.5 − 1 − 2.5 − 0.75 − 2.4) / 5 = −1.23.
  const zone = page.getByTestId('sq-zone-summary');
  await expect(zone).toContainText('低于容忍区：响应性。');
  await expect(zone).toContainText('在容忍区内：可靠性、保证性和移情性。');
  await expect(zone).toContainText('高于容忍区：有形性。');
  await expect(zone).toContainText('五个维度平均：MSA +0.63，MSS -1.23。');
  // The chart says in words where each perception sits, beside the dot.
  await expect(page.locator('.sq-chart text', { hasText: '有形性：高于容忍区（感知 6.50）' })).toHaveCount(1);
  await expectNoSidewaysScroll(page);
  await expect(dimensionRow(page, 'sq-zone-table', 'empathy')).toHaveText(
    /移情性\s*3\.60\s*6\.00\s*3\.60\s*0\.00\s*-2\.40\s*在容忍区内/,
  );

  // Statement 1: an adequate level of 7 above a desired level of 6.
  await tabTo(page, 'sq-adequate-1');
  await retype(page, '7');
  await expect(page.getByTestId('sq-zone-problems')).toHaveText(
    '第 1 项的可接受分（7）高于理想分（6）；请调低可接受分或调高理想分。',
  );
  await retype(page, '8');
  await expect(page.locator('#sq-adequate-1-p')).toHaveText('⚠ “第 1 项的可接受分”不能大于 7。');
});

test('a blank questionnaire asks for every rating before it scores', async ({ page }) => {
  await openScorer(page, enChapter);
  await page.keyboard.press('End');
  await expect(page.locator('#sq-preset')).toHaveValue('');
  await expect(page.locator('.servqual .widget-result')).toHaveText(
    '44 ratings are still empty; the results appear once every statement is rated.',
  );
  await expect(page.locator('#sq-expected-1')).toHaveValue('');
  await expect(page.getByTestId('sq-summary')).toHaveCount(0);
  await expect(page.locator('#sq-importance-total')).toHaveText('Total: 100 of 100 points.');
});

/** A respondent who expects 6 of everything and perceives 6 + the dimension's gap on each of its statements. */
function respondentRow(id: string, gaps: [number, number, number, number, number]) {
  const sizes = [4, 5, 4, 4, 5];
  const perceived = gaps.flatMap((gap, index) => Array<number>(sizes[index]!).fill(6 + gap));
  return [id, ...Array<number>(22).fill(6), ...perceived].join(',');
}

const classHeader = [
  'id',
  ...['E', 'P'].flatMap((letter) => Array.from({ length: 22 }, (_, i) => `${letter}${i + 1}`)),
].join(',');

test('a class file gives mean gaps with t intervals, and its bad rows are listed by line @phone', async ({ page }) => {
  await openScorer(page, enChapter);
  await tabTo(page, 'sq-mode-gap');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#sq-mode-class')).toBeChecked();
  await expect(page.locator('#sq-class-file')).toBeVisible();
  const offScale = respondentRow('r5', [0, 0, 0, 0, 0]).replace(/,6$/, ',8');
  const csv = [
    classHeader,
    respondentRow('r1', [-1, -2, 0, -3, 0]),
    respondentRow('r2', [-2, -2, 1, -1, 0]),
    respondentRow('r3', [0, -2, -1, -3, 0]),
    respondentRow('r4', [-1, -2, 0, -1, 0]),
    offScale,
    'r6,5,5',
  ].join('\n');
  await page
    .locator('#sq-class-file')
    .setInputFiles({ name: 'class.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const errors = page.getByTestId('sq-class-row-errors');
  await expect(errors).toContainText('2 rows were left out:');
  await expect(errors).toContainText('Line 6, P22: more than 7.');
  await expect(errors).toContainText('Line 7: 3 fields, but the header has 45.');
  // Overall per respondent −1.2, −0.8, −1.2, −0.8: mean −1, s = √(0.16/3), half width t(0.975, 3) × s / 2 = 0.3675.
  await expect(page.getByTestId('sq-class-summary')).toHaveText(
    'Read 4 respondents’ complete answers. The class’s overall gap is -1.00, with a 95% confidence interval from -1.37 to -0.63.',
  );
  const table = page.getByTestId('sq-class-table');
  // Tangibles −1, −2, 0, −1: mean −1, half width 3.182446 × √(2/3) / 2 = 1.2992.
  await expect(table.locator('tr', { hasText: 'Tangibles' })).toContainText('-2.30 to +0.30');
  await expect(table.locator('tr', { hasText: 'Reliability' })).toContainText('-2.00 to -2.00');
  // Weighted 10/30/25/20/15 per respondent: −1.3, −0.75, −1.45, −0.9; mean −4.4 / 4 = −1.10.
  await expect(table.locator('tr', { hasText: 'Overall (weighted)' })).toContainText('-1.10');
  await expect(status(page).filter({ hasText: 'Read 4 respondents' })).toHaveCount(1);
  await expectNoSidewaysScroll(page);

  await page
    .locator('#sq-class-file')
    .setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('id,E1,E2\nr1,5,6\n') });
  await expect(page.getByTestId('sq-class-problems')).toContainText('These columns are missing: E3, E4,');
  await expect(page.getByTestId('sq-class-summary')).toHaveCount(0);
});

test('the Chinese class import words its row errors in Chinese', async ({ page }) => {
  await openScorer(page, zhChapter);
  await tabTo(page, 'sq-mode-gap');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#sq-mode-class')).toBeChecked();
  const csv = [classHeader, respondentRow('r1', [-1, -1, -1, -1, -1]), 'r2,' + Array(44).fill('4.5').join(',')].join(
    '\r\n',
  );
  await page
    .locator('#sq-class-file')
    .setInputFiles({ name: 'class.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('sq-class-row-errors')).toContainText('有 1 行未被采用：');
  await expect(page.getByTestId('sq-class-row-errors')).toContainText('第 3 行，E1：需要是整数。');
  await expect(page.getByTestId('sq-class-summary')).toHaveText(
    '读取了 1 位受访者的完整答卷。 只有 1 位受访者，总体差距为 -1.00，无法计算置信区间。',
  );
});

for (const theme of ['light', 'dark'] as const) {
  test(`the zone and class modes, problems showing, have no axe violations in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openScorer(page, enChapter);
    const scan = async () => {
      await scrollTopForScan(page);
      const results = await new AxeBuilder({ page })
        .include('.servqual')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    await tabTo(page, 'sq-mode-gap');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('sq-zone-summary')).toBeVisible();
    await tabTo(page, 'sq-desired-2');
    await retype(page, '0');
    await expect(page.locator('#sq-desired-2-p')).toBeVisible();
    expect(await scan()).toEqual([]);
    await tabTo(page, 'sq-mode-zone');
    await page.keyboard.press('ArrowDown');
    const rows = [classHeader, respondentRow('r1', [-1, 0, -2, 0, 1]), respondentRow('r2', [0, -1, -1, 0, 1]), 'r3,1'];
    await page
      .locator('#sq-class-file')
      .setInputFiles({ name: 'class.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await expect(page.getByTestId('sq-class-row-errors')).toBeVisible();
    await expect(page.getByTestId('sq-class-summary')).toBeVisible();
    expect(await scan()).toEqual([]);
  });
}
