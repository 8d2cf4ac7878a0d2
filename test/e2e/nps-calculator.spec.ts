/**
 * The NPS calculator, used by keyboard alone, in both languages. Expected figures are worked by
 * hand (see test/unit/lib/nps/npsEstimate.test.ts): sample A 42 / 22 / 16 of 80 gives
 * NPS = 52.5 − 20 = +32.5, SE = √(0.619375 / 80) = 8.8 points, interval +15.3 to +49.7; sample B
 * 36 / 24 / 20 of 80 gives +20; their difference +12.5 has SE √(0.0077421875 + 0.00825) = 12.6
 * and interval −12.3 to +37.3, which holds 0: the gap could be chance.
 */
import { expect, test, waitForIslands, tabTo, retype } from './fixtures.ts';

const en = '/en/chapters/04-satisfaction/';
const zh = '/chapters/04-satisfaction/';

test('a keyboard user reads the example, then makes sample A large enough to tell the two apart @phone', async ({
  page,
}) => {
  await page.goto(en);
  const resultA = page.getByTestId('nps-result-a');
  const comparison = page.getByTestId('nps-comparison');
  await expect(resultA).toContainText(
    'Sample A: NPS = 52.5% − 20% = +32.5 (80 respondents). 95% interval (Wald): +15.3 to +49.7, standard error 8.8 points.',
  );
  await expect(page.getByTestId('nps-result-b')).toContainText('NPS = 45% − 25% = +20 (80 respondents)');
  await expect(comparison).toContainText(
    'Sample A minus Sample B: +12.5 points; 95% interval of the difference: −12.3 to +37.3',
  );
  await expect(comparison).toContainText('The interval includes 0, so a gap this size could be chance');
  await expect(page.getByTestId('nps-groups').locator('tr[data-group="promoters"]')).toContainText('42 (52.5%)');

  await tabTo(page, 'nps-a-promoters');
  await waitForIslands(page);
  await retype(page, '120');
  await page.keyboard.press('Tab');
  await expect(page.locator('#nps-a-passives')).toBeFocused();
  await retype(page, '50');
  await page.keyboard.press('Tab');
  await retype(page, '30');
  // 120 / 50 / 30 of 200: NPS = 60 − 15 = +45; V = 0.75 − 0.45² = 0.5475; SE = √(0.5475 / 200) = 5.23;
  // 1.96 × 5.232 = 10.25 → +34.7 to +55.3. Against B: 25 ± 1.96 × √(0.0027375 + 0.00825) = 25 ± 20.54.
  await expect(resultA).toContainText('= 60% − 15% = +45 (200 respondents). 95% interval (Wald): +34.7 to +55.3');
  await expect(page.locator('#nps-a-total')).toHaveText('200 respondents in all.');
  await expect(comparison).toContainText('+25 points; 95% interval of the difference: +4.5 to +45.5');
  await expect(comparison).toContainText('The interval lies above 0: Sample A scores higher');
  // The result is announced once typing pauses; the quiz has a live region of its own.
  await expect(page.locator('.nps').getByRole('status')).toContainText('+34.7 to +55.3');
  // The first edit counts the exercise as tried, for the progress page.
  const tried = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith(':NpsCalculator')));
  expect(tried).toEqual([expect.stringContaining('widget:04-satisfaction:NpsCalculator')]);
});

test('a count that cannot be used gets a message beside its field, and the results wait for a fix', async ({
  page,
}) => {
  await page.goto(en);
  await tabTo(page, 'nps-a-detractors');
  await waitForIslands(page);
  await retype(page, '-3');
  const field = page.locator('#nps-a-detractors');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#nps-a-detractors-problem')).toHaveText('⚠ “Detractors (0–6)” cannot be less than 0.');
  await expect(field).toHaveValue('-3');
  await expect(page.locator('.stale-notice')).toBeVisible();
  // Typing "-3" passed through "-", never valid: the results still show the example.
  await expect(page.getByTestId('nps-result-a')).toContainText('= +32.5 (80 respondents)');
  await expect(page.locator('.nps').getByRole('status')).toHaveText(/cannot be less than 0\. Some input needs fixing/);
  await retype(page, 'lots');
  await expect(page.locator('#nps-a-detractors-problem')).toContainText('must be a number');

  for (const id of ['nps-a-promoters', 'nps-a-passives', 'nps-a-detractors']) {
    await tabTo(page, id);
    await retype(page, '0');
  }
  await expect(page.locator('#nps-a-total')).toHaveText('⚠ Sample A has no respondents yet: enter at least one.');
  await expect(page.locator('#nps-a-promoters')).toHaveAttribute('aria-invalid', 'true');
  // No entry since the example was ever valid ("lots" stood in one field, then all were zero).
  await expect(page.getByTestId('nps-result-a')).toContainText('= +32.5 (80 respondents)');
});

test('pasted scores in Chinese punctuation are read, and each bad entry is named with its place @phone', async ({
  page,
}) => {
  await page.goto(zh);
  await tabTo(page, 'nps-a-mode-counts');
  await waitForIslands(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#nps-a-mode-scores')).toBeChecked();
  const box = page.locator('#nps-a-scores');
  await expect(box).toBeVisible();
  const resultA = page.getByTestId('nps-result-a');
  // The example list: 10 / 6 / 4 of 20, NPS = 50 − 20 = +30; SE = √(0.61 / 20) = 17.46;
  // 1.96 × 17.464 = 34.23 → −4.2 to +64.2, and fewer than 30 respondents.
  await expect(resultA).toContainText(
    '样本甲：NPS = 50% − 20% = +30（20 位受访者）。95% 区间（Wald 法）：−4.2 至 +64.2，标准误 17.5 分。',
  );
  await expect(resultA).toContainText('只有 20 位受访者，这个区间很粗略：至少需要 30 位受访者');

  await tabTo(page, 'nps-a-scores');
  await retype(page, '9，10、11；abc');
  await page.keyboard.press('Enter');
  await page.keyboard.type('7');
  await expect(page.locator('#nps-a-scores-bad')).toContainText('2 项未计入：');
  await expect(page.locator('#nps-a-scores-bad li')).toHaveText([
    '第 1 行第 3 项“11”超出了 0–10 分的范围。',
    '第 1 行第 4 项“abc”不是数字。',
  ]);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  // 9, 10, 7: pP = 2/3, pD = 0, NPS = +66.7; V = 2/3 − 4/9 = 2/9; SE = √(2/27) = 27.2;
  // 1.96 × 27.22 = 53.3 → +13.3 to +120, cut at +100.
  await expect(resultA).toContainText('NPS = 66.7% − 0% = +66.7（3 位受访者）。95% 区间（Wald 法）：+13.3 至 +100');
  await expect(resultA).toContainText('样本中没有贬损者');

  await retype(page, '好评');
  await expect(page.locator('#nps-a-scores-problem')).toContainText('还没有读到 0–10 分的评分');
  await expect(box).toHaveValue('好评');
  await expect(resultA).toContainText('+66.7（3 位受访者）');
  await expect(page.locator('.stale-notice')).toBeVisible();

  // Back to counts: the fields kept what they held.
  await tabTo(page, 'nps-a-mode-scores');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#nps-a-promoters')).toHaveValue('42');
  await expect(resultA).toContainText('+32.5（80 位受访者）');
});

test('the Chinese widget validates in Chinese, compares on demand and resets by keyboard', async ({ page }) => {
  await page.goto(zh);
  await tabTo(page, 'nps-b-promoters');
  await waitForIslands(page);
  await retype(page, '2.5');
  await expect(page.locator('#nps-b-promoters-problem')).toHaveText('⚠ “推荐者（9–10 分）人数”需要是整数。');
  // Typing "2.5" passed through "2", the last valid count: B = 2 / 24 / 20 of 46,
  // NPS = 2/46 − 20/46 = 4.35% − 43.48% = −39.1, and A − B = 32.5 + 39.1 = +71.6.
  await expect(page.getByTestId('nps-comparison')).toContainText('样本甲减样本乙：+71.6 分');
  await expect(page.getByTestId('nps-comparison')).toContainText('区间全在 0 以上：样本甲的得分更高');

  await tabTo(page, 'nps-compare');
  await page.keyboard.press('Space');
  await expect(page.locator('#nps-compare')).not.toBeChecked();
  await expect(page.getByTestId('nps-comparison')).toHaveCount(0);
  await expect(page.getByTestId('nps-result-b')).toHaveCount(0);
  await expect(page.locator('#nps-b-promoters')).toHaveCount(0);
  await page.keyboard.press('Space');
  // Sample B comes back as it was left, mistake and all.
  await expect(page.locator('#nps-b-promoters')).toHaveValue('2.5');

  await tabTo(page, 'nps-reset');
  await page.keyboard.press('Enter');
  await expect(page.locator('#nps-b-promoters')).toHaveValue('36');
  await expect(page.locator('#nps-b-promoters')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('nps-comparison')).toContainText(
    '样本甲减样本乙：+12.5 分；差值的 95% 区间为 −12.3 至 +37.3（标准误 12.6 分）。',
  );
});

test('a survey file is read in the browser, its score column chosen and its bad rows named', async ({ page }) => {
  await page.goto(en);
  await tabTo(page, 'nps-b-mode-counts');
  await waitForIslands(page);
  await page.keyboard.press('ArrowDown');
  await page.locator('#nps-b-scores-file').setInputFiles({
    name: 'survey.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('id,nps,comment\n101,9,good\n102,10,"fast, kind"\n103,6,slow\n104,12,typo\n'),
  });
  // Ids are numbers but not 0–10 scores, comments are words: the nps column is chosen.
  await expect(page.locator('#nps-b-scores-column')).toHaveValue('1');
  await expect(page.locator('#nps-b-scores')).toHaveValue('9\n10\n6\n12');
  await expect(page.locator('#nps-b-scores-bad li')).toHaveText(['Line 4: “12” is outside the 0–10 scale.']);
  // 9, 10, 6: pP = 2/3, pD = 1/3, NPS = +33.3.
  await expect(page.getByTestId('nps-result-b')).toContainText('NPS = 66.7% − 33.3% = +33.3 (3 respondents)');

  await tabTo(page, 'nps-b-scores-column');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#nps-b-scores')).toHaveValue('101\n102\n103\n104');
  await expect(page.locator('#nps-b-scores-problem')).toContainText('No 0–10 score read yet');
});
