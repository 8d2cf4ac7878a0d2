/**
 * The sales-pipeline forecast (chapter 8), used by keyboard alone in both languages, on a desktop and
 * a phone. Expected figures are worked by hand (the sample's derivation at the chapter's defaults is
 * in test/unit/lib/pipeline/pipelineForecast.test.ts).
 *
 * At the defaults (first contact 10 %, needs confirmed 20 %, proposal 50 %, negotiation 80 %,
 * verbal commitment 90 %; quota ¥1,800,000): weighted ¥1,768,000, P50 ¥1,710,000, P90 ¥2,310,000.
 *
 * The student then raises "proposal and quote" to 70 %, moves the largest deal (cold-chain, ¥1.2 m)
 * from negotiation to verbal commitment, and sets the quota to ¥2,200,000. Open deals and their
 * chances: 1.2M × 0.9, 600k × 0.7, 300k × 0.2, 150k × 0.9, 70k × 0.1, 40k × 0.7, 20k × 0.8; won
 * ¥270,000.
 *   Weighted: 1,080,000 + 420,000 + 60,000 + 135,000 + 7,000 + 28,000 + 16,000 + 270,000 = 2,016,000.
 *   Coverage: 2,650,000 ÷ 2,200,000 = 1.2045 → 1.2; 2,016,000 ÷ 2,200,000 = 0.9164 → 0.92.
 *   Each open amount exceeds the sum of all smaller ones, so a percentile is found deal by deal,
 *   largest first: with q left and the deal lost with probability 1 − p, "lost" and q ÷ (1 − p) if
 *   q ≤ 1 − p, else "won" and (q − (1 − p)) ÷ p.
 *   P50: 1.2M won (0.5 > 0.1; q = 0.4444), 600k won (0.4444 > 0.3; 0.2063), 300k lost (≤ 0.8;
 *        0.2579), 150k won (> 0.1; 0.1755), 70k lost (≤ 0.9; 0.1950), 40k lost (≤ 0.3; 0.6500),
 *        20k won (> 0.2): 1.2M + 600k + 150k + 20k + 270k = 2,240,000.
 *   P90: 1.2M won (q = 0.8889), 600k won (0.8413), 300k won (0.8413 > 0.8; 0.2063), 150k won
 *        (0.1182), 70k lost (0.1313), 40k lost (0.4377), 20k won: 1.2M + 600k + 300k + 150k + 20k +
 *        270k = 2,540,000.
 *   P(X ≥ 2,200,000): the open deals must bring 1,930,000: 1.2M (0.9) and 600k (0.7) both won, then
 *   130k more: 300k won (0.2), else 150k won (0.8 × 0.9), else 70k, 40k and 20k all won
 *   (0.8 × 0.1 × 0.1 × 0.7 × 0.8): 0.63 × (0.2 + 0.72 + 0.00448) = 0.5824224 → 58.2 %.
 */
import type { Page } from '@playwright/test';
import { expect, retype, tabTo, test, waitForIslands } from './fixtures.ts';

const en = '/en/chapters/08-crm-systems/';
const zh = '/chapters/08-crm-systems/';

// The widget sits in the middle of a long chapter: reaching it by Tab alone takes a few hundred key
// presses, about 40 seconds on a busy machine, before the test proper.
test.describe.configure({ timeout: 90_000 });

/** The three moves of the test, by keyboard: a probability, a deal's stage, the quota. */
async function changePipeline(page: Page) {
  await tabTo(page, 'pipeline-proposal');
  await waitForIslands(page);
  await retype(page, '70');
  await tabTo(page, 'pipeline-stage-0');
  await expect(page.locator('#pipeline-stage-0')).toHaveValue('negotiation');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#pipeline-stage-0')).toHaveValue('commitment');
  await tabTo(page, 'pipeline-quota');
  await retype(page, '2200000');
}

test('a keyboard user changes a probability, moves the largest deal and sets a quota @phone', async ({ page }) => {
  await page.goto(en);
  const summary = page.getByTestId('pipeline-summary');
  const spread = page.getByTestId('pipeline-spread');
  await expect(summary).toContainText(
    'Weighted pipeline (each deal’s amount × its stage’s win probability, added up): CN¥1,768,000.',
  );
  await expect(spread).toContainText('CN¥1,710,000 or less (P50)');
  await expect(spread).toContainText('more than CN¥2,310,000 (P90)');

  await changePipeline(page);
  await expect(summary).toContainText('CN¥2,016,000.');
  await expect(summary).toContainText(
    'The pipeline (every deal not lost, won ones included) is CN¥2,650,000: 1.2 × the CN¥2,200,000 quota; the weighted pipeline is 0.92 × the quota.',
  );
  await expect(spread).toContainText('CN¥2,240,000 or less (P50)');
  await expect(spread).toContainText('more than CN¥2,540,000 (P90)');
  await expect(spread).toContainText('the chance of reaching the quota is 58.2%.');
  // September: 1.2M × 0.9 + 300k × 0.2 = 1,140,000 of 1,500,000.
  await expect(page.getByTestId('pipeline-months').locator('tbody tr').nth(2)).toContainText('CN¥1,140,000');
  // Each deal's weighted amount, for checking by hand: 1.2M × 0.9 and 600k × 0.7.
  const deals = page.getByTestId('pipeline-deals').locator('tbody tr');
  await expect(deals.nth(0).locator('td').last()).toHaveText('CN¥1,080,000');
  await expect(deals.nth(1).locator('td').last()).toHaveText('CN¥420,000');
  await expect(page.locator('.pipeline').getByRole('status')).toHaveText(
    'Weighted pipeline CN¥2,016,000, P50 CN¥2,240,000, P90 CN¥2,540,000, chance of reaching the quota 58.2%.',
  );
  const tried = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith(':PipelineForecast')));
  expect(tried).toEqual([expect.stringContaining('widget:08-crm-systems:PipelineForecast')]);
});

test('an out-of-range probability gets a clear message and the last valid forecast stays', async ({ page }) => {
  await page.goto(en);
  await tabTo(page, 'pipeline-negotiation');
  await waitForIslands(page);
  await retype(page, '120');
  const field = page.locator('#pipeline-negotiation');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#pipeline-negotiation-problem')).toHaveText(
    '⚠ “Win probability in negotiation (%)” cannot be more than 100%.',
  );
  await expect(page.locator('.pipeline .stale-notice')).toBeVisible();
  // "120" passed through "12": negotiation deals at 12 %: 1.2M × 0.12 + 20k × 0.12 = 146,400 instead
  // of 976,000, so 1,768,000 − 976,000 + 146,400 = 938,400.
  await expect(page.getByTestId('pipeline-summary')).toContainText('CN¥938,400.');
  await expect(page.locator('.pipeline').getByRole('status')).toHaveText(
    /cannot be more than 100%\. Some input needs fixing/,
  );

  await tabTo(page, 'pipeline-quota');
  await retype(page, '0');
  await expect(page.locator('#pipeline-quota-problem')).toContainText('must be more than 0');
  await tabTo(page, 'pipeline-reset');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('80');
  await expect(page.getByTestId('pipeline-summary')).toContainText('CN¥1,768,000.');
});

test('the Chinese forecast follows the same moves to the same hand-worked figures @phone', async ({ page }) => {
  await page.goto(zh);
  const summary = page.getByTestId('pipeline-summary');
  await expect(summary).toContainText('加权管道（每个商机的金额 × 赢单概率，再相加）为 ¥1,768,000。');
  await changePipeline(page);
  await expect(summary).toContainText('为 ¥2,016,000。');
  await expect(summary).toContainText('是配额 ¥2,200,000 的 1.2 倍；加权管道是配额的 0.92 倍。');
  const spread = page.getByTestId('pipeline-spread');
  await expect(spread).toContainText('不超过 ¥2,240,000（P50）');
  await expect(spread).toContainText('超过 ¥2,540,000（P90）');
  await expect(spread).toContainText('达到配额的概率为 58.2%。');
  await expect(page.locator('#pipeline-stage-0 option:checked')).toHaveText('口头承诺');
  await expect(page.getByTestId('pipeline-deals').locator('tbody tr').first().locator('td').last()).toHaveText(
    '¥1,080,000',
  );
  await expect(page.locator('.pipeline').getByRole('status')).toHaveText(
    '加权管道 ¥2,016,000，P50 为 ¥2,240,000，P90 为 ¥2,540,000，达到配额的概率为 58.2%。',
  );
});
