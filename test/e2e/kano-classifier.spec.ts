/**
 * The Kano classifier, used by keyboard alone, in both languages, on a computer and a phone.
 * Expected figures are worked by hand from the sample's tallies (see
 * test/unit/lib/kano/sampleSurvey.test.ts), Better = (A + O) / (A + O + M + I) and
 * Worse = −(O + M) / (A + O + M + I):
 *   1 clean car      M16 O6 A2 I5 Q1      → M; Better 8/29 = 0.28, Worse −22/29 = −0.76
 *   2 safety tools   M13 O10 A2 I4 Q1     → M, too close to O (|13 − 10| = 3 < 1.65·√(23·37/60) = 6.21);
 *                                           Better 12/29 = 0.41, Worse −23/29 = −0.79
 *   3 quick pick-up  M7 O15 A5 I3         → O; Better 20/30 = 0.67, Worse −22/30 = −0.73
 *   4 upfront fare   M5 O14 A7 I3 R1      → O; Better 21/29 = 0.72, Worse −19/29 = −0.66
 *   5 water, charger M1 O3 A17 I8 Q1      → A; Better 20/29 = 0.69, Worse −4/29 = −0.14
 *   6 music choice   M2 O1 A11 I12 R4     → I, too close to A; Better 12/26 = 0.46, Worse −3/26 = −0.12
 *   7 driver chat    A3 I8 R17 Q2         → R; Better 3/11 = 0.27, Worse 0/11 = 0.00
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, scrollTopForScan, test, waitForIslands, tabTo } from './fixtures.ts';

const en = '/en/chapters/04-satisfaction/';
const zh = '/chapters/04-satisfaction/';

async function openClassifier(page: Page, path: string) {
  await page.goto(`${path}#kano-classifier-title`);
  await tabTo(page, 'kano-mode-sample');
  await waitForIslands(page);
}

const row = (page: Page, n: number) => page.getByTestId('kano-table').locator(`tr[data-feature="${n}"]`);
const cells = (page: Page, n: number) => row(page, n).locator('td');

/** A row's class, certainty, Better and Worse: the cells after the number and the name. */
async function expectRow(page: Page, n: number, [verdict, certainty, better, worse]: string[]) {
  await expect(cells(page, n).nth(1)).toHaveText(verdict!);
  await expect(cells(page, n).nth(2)).toHaveText(certainty!);
  await expect(cells(page, n).nth(3)).toHaveText(better!);
  await expect(cells(page, n).nth(4)).toHaveText(worse!);
}

test('the sample survey shows each feature’s class, certainty and coefficients @phone', async ({ page }) => {
  await openClassifier(page, en);
  await expect(page.getByTestId('kano-source')).toContainText('30 riders’ answers on seven features');
  await expectRow(page, 1, ['Must-be (M)', 'Clear', '0.28', '-0.76']);
  await expectRow(page, 2, ['Must-be (M)', '⚠ Too close to One-dimensional (O)', '0.41', '-0.79']);
  await expectRow(page, 3, ['One-dimensional (O)', 'Clear', '0.67', '-0.73']);
  await expectRow(page, 4, ['One-dimensional (O)', 'Clear', '0.72', '-0.66']);
  await expectRow(page, 5, ['Attractive (A)', 'Clear', '0.69', '-0.14']);
  await expectRow(page, 6, ['Indifferent (I)', '⚠ Too close to Attractive (A)', '0.46', '-0.12']);
  await expectRow(page, 7, ['Reverse (R)', 'Clear', '0.27', '0.00']);
  // The tally itself: M O A I R Q and the pairs counted.
  await expect(row(page, 6).locator('td').nth(5)).toHaveText('2');
  await expect(row(page, 6).locator('td').nth(8)).toHaveText('12');
  await expect(row(page, 6).locator('td').nth(9)).toHaveText('4');
  await expect(row(page, 6).locator('td').nth(11)).toHaveText('30');
  const summary = page.getByTestId('kano-summary');
  await expect(summary).toContainText(
    'Must-be (M): “A clean car with no odour” and “Trip sharing and an emergency button”.',
  );
  await expect(summary).toContainText(
    'Too close to call: “Trip sharing and an emergency button” (Must-be or One-dimensional) and “Choosing the in-car music in the app” (Indifferent or Attractive).',
  );
  // Seven numbered points on the chart, whose quadrants are named in text.
  await expect(page.locator('.kano-points circle')).toHaveCount(7);
  await expect(page.locator('.kano-quadrants text')).toHaveText([
    'Attractive',
    'One-dimensional',
    'Must-be',
    'Indifferent',
  ]);
  // The table scrolls inside its own box; the page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('the Chinese sample speaks Chinese @phone', async ({ page }) => {
  await openClassifier(page, zh);
  await expectRow(page, 2, ['必备（M）', '⚠ 与一元（O）难分', '0.41', '-0.79']);
  await expectRow(page, 5, ['魅力（A）', '明确', '0.69', '-0.14']);
  await expect(page.getByTestId('kano-summary')).toContainText('反向（R）：“司机主动和乘客聊天”。');
  await expect(page.locator('.kano').getByRole('status')).toContainText(
    '必备（M）：“车内整洁、没有异味”和“行程分享与一键报警”。',
  );
});

test('a keyboard user classifies answers for a product of their own @phone', async ({ page }) => {
  await openClassifier(page, en);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#kano-mode-own')).toBeChecked();
  await tabTo(page, 'kano-own-name-0');
  await page.keyboard.type('Free Wi-Fi');
  await expect(page.locator('label[for="kano-own-functional-0"]')).toHaveText(
    'If it has “Free Wi-Fi”, how do you feel?',
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // I like it
  await page.keyboard.press('Tab');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown'); // I dislike it
  await expect(page.locator('#kano-own-dysfunctional-0')).toHaveValue('dislike');
  const result =
    'One-dimensional (O): the cell where the row “I like it” meets the column “I dislike it” of the evaluation table.';
  await expect(page.getByTestId('kano-own-result-0')).toHaveText(result);
  await expect(page.locator('.kano').getByRole('status')).toHaveText(`“Free Wi-Fi”: ${result}`);
  // The cell of the evaluation table that gave it carries the feature's number.
  const marked = page.getByTestId('kano-grid').locator('.kano-grid-marked');
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText('feature 1');

  await tabTo(page, 'kano-own-add');
  await page.keyboard.press('Enter');
  await expect(page.locator('#kano-own-name-1')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // I like it
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // I like it, had it not: a contradiction
  await expect(page.getByTestId('kano-own-result-1')).toHaveText(
    'Questionable (Q): the cell where the row “I like it” meets the column “I like it” of the evaluation table.',
  );
  await expect(marked).toHaveCount(2);

  await tabTo(page, 'kano-own-remove-1');
  await page.keyboard.press('Enter');
  await expect(page.locator('#kano-own-name-0')).toBeFocused();
  await expect(page.locator('#kano-own-name-1')).toHaveCount(0);
  await expect(marked).toHaveCount(1);
});

test('the Chinese own-answers mode names the table cell in Chinese', async ({ page }) => {
  await openClassifier(page, zh);
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'kano-own-functional-0');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // 理所当然
  await page.keyboard.press('Tab');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown'); // 我很不喜欢
  await expect(page.getByTestId('kano-own-result-0')).toHaveText(
    '必备（M）：评价表中“理所当然”行与“我很不喜欢”列相交的一格。',
  );
  await expect(page.locator('label[for="kano-own-dysfunctional-0"]')).toHaveText('如果不具备“功能 1”，你觉得？');
});

test('an imported survey is classified, and its bad answers are listed by line @phone', async ({ page }) => {
  await openClassifier(page, en);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#kano-mode-file')).toBeChecked();
  await expect(page.getByTestId('kano-table')).toHaveCount(0);
  const csv = [
    'id,Wi-Fi F,Wi-Fi D,Water (functional),Water (dysfunctional)',
    'r1,1,5,I like it,I am neutral', // Wi-Fi O; water A
    'r2,2,5,maybe,3', // Wi-Fi M; water: "maybe" is no answer
    'r3,,,5,5', // Wi-Fi skipped; water Q
    'r4,1,5,1,', // Wi-Fi O; water: dysfunctional missing
    'r5,,,,', // nothing answered
  ].join('\n');
  await page
    .locator('#kano-file')
    .setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const errors = page.getByTestId('kano-row-errors');
  await expect(errors).toContainText('Answers left out (3):');
  await expect(errors).toContainText('Line 3, “Water”, functional question: “maybe” is not one of the five answers.');
  await expect(errors).toContainText('Line 5, “Water”: the dysfunctional answer is missing.');
  await expect(errors).toContainText('Line 6: no feature was answered.');
  await expect(page.getByTestId('kano-source')).toHaveText('Data: your file — respondents: 4, features: 2.');
  // Wi-Fi O2 M1 of 3: Better 2/3 = 0.67, Worse −3/3 = −1.00; |2 − 1| = 1 < 1.65·√(3·3/6) = 2.02, too close.
  await expectRow(page, 1, ['One-dimensional (O)', '⚠ Too close to Must-be (M)', '0.67', '-1.00']);
  // Water A1 Q1: a tie, A before Q; Better 1/1 = 1.00, Worse 0/1 = 0.00.
  await expectRow(page, 2, ['Attractive (A)', '⚠ Too close to Questionable (Q)', '1.00', '0.00']);

  // A file with no feature columns is refused, and says how to head them.
  await page.locator('#kano-file').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('id,q1,q2\n1,1,5\n'),
  });
  await expect(page.getByTestId('kano-file-problems')).toHaveText(
    'No feature columns in the header: each feature needs a column “name functional” and a column “name dysfunctional”.',
  );
  await expect(page.getByTestId('kano-table')).toHaveCount(0);
});

test('a Chinese survey file, with undefined coefficients said in words', async ({ page }) => {
  await openClassifier(page, zh);
  await page.keyboard.press('ArrowUp'); // the group wraps round to the last choice, the file
  await expect(page.locator('#kano-mode-file')).toBeChecked();
  const csv = [
    '受访者,司机聊天 正向,司机聊天 反向,饮用水（正向）,饮用水（反向）',
    '1,我很不喜欢,喜欢,喜欢,无所谓',
    '2,不喜欢,无所谓,喜欢,能忍受',
    '3,喜欢,喜欢,喜欢,好的',
  ].join('\r\n');
  await page.locator('#kano-file').setInputFiles({ name: '调查.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('kano-row-errors')).toContainText(
    '第 4 行，“饮用水”的反向问题：“好的”不是五种答案之一。',
  );
  // 司机聊天: R, R, Q → no A, O, M or I pair: Better and Worse undefined.
  await expectRow(page, 1, ['反向（R）', '⚠ 与可疑（Q）难分', '无定义', '无定义']);
  // 饮用水: A, A → Better 2/2 = 1.00, Worse 0.00; |2 − 0| = 2 ≥ 1.65·√(2·2/4) = 1.65, clear.
  await expectRow(page, 2, ['魅力（A）', '明确', '1.00', '0.00']);
  await expect(page.locator('.kano-points circle')).toHaveCount(1);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the own-answers and file modes have no axe violations in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openClassifier(page, zh);
    const scan = async () => {
      await scrollTopForScan(page);
      const results = await new AxeBuilder({ page })
        .include('.kano')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'kano-own-functional-0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('kano-grid').locator('.kano-grid-marked')).toHaveCount(1);
    expect(await scan()).toEqual([]);
    await tabTo(page, 'kano-mode-own');
    await page.keyboard.press('ArrowDown');
    await page.locator('#kano-file').setInputFiles({
      name: 'x.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,A F,A D\n1,1,5\n2,x,5\n'),
    });
    await expect(page.getByTestId('kano-row-errors')).toBeVisible();
    await expect(page.getByTestId('kano-table')).toBeVisible();
    expect(await scan()).toEqual([]);
  });
}
