/**
 * One reading of typed numbers across the course: the same six texts typed into a field of every
 * widget with numbers and into a numeric quiz answer, in both languages, are read alike (a decimal
 * comma refused, full-width digits and grouped thousands read, a % sign where a field is in
 * percent) and told the same sentence for the same mistake, naming the field by its label. The
 * sentences are written out here, not taken from the site's strings.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, tabTo, test, waitForIslands } from './fixtures.ts';

type Locale = 'en' | 'zh';
type Mistake = 'decimalComma' | 'noPercent' | 'required' | 'notANumber' | 'aboveMax';

const sentences: Record<Locale, Record<Mistake, (label: string) => string>> = {
  en: {
    decimalComma: (label) =>
      `“${label}”: use a point for decimals, for example 5.5; a comma only separates thousands, as in 1,000.`,
    noPercent: (label) => `“${label}” wants a plain number, without %.`,
    required: (label) => `Please fill in “${label}”.`,
    notANumber: (label) => `“${label}” must be a number, for example 12.5.`,
    aboveMax: (label) => `“${label}” cannot be more than 100%.`,
  },
  zh: {
    decimalComma: (label) => `“${label}”的小数请用小数点，例如 5.5；逗号只用来分隔千位，例如 1,000。`,
    noPercent: (label) => `“${label}”请填写不带 % 的数字。`,
    required: (label) => `请填写“${label}”。`,
    notANumber: (label) => `“${label}”需要是一个数字，例如 12.5。`,
    aboveMax: (label) => `“${label}”不能大于 100%。`,
  },
};

/**
 * What each text must come to: a mistake, or read as a number (undefined). "１２" is 12 and
 * "1 000" is 1000 everywhere; a field in percent takes "12%" and refuses 1000 %.
 */
const outcomes = (percent: boolean): [string, Mistake | undefined][] => [
  ['5,5', 'decimalComma'],
  ['１２', undefined],
  ['1 000', percent ? 'aboveMax' : undefined],
  ['12%', percent ? undefined : 'noPercent'],
  ['', 'required'],
  ['abc', 'notANumber'],
];

/** Replaces the focused field's text by keyboard; an empty text clears it. */
async function typeOver(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

interface WidgetField {
  widget: string;
  path: string;
  id: string;
  percent: boolean;
}

// One field of each widget that reads numbers, in percent or not.
const widgetFields: WidgetField[] = [
  { widget: 'churn', path: 'chapters/01-foundations/', id: 'churn-startingCustomers', percent: false },
  { widget: 'lifetime value', path: 'chapters/03-customer-value/', id: 'clv-a-startingCustomers', percent: false },
  { widget: 'customer pyramid', path: 'chapters/03-customer-value/', id: 'pyramid-platinum', percent: true },
  { widget: 'queue simulator', path: 'chapters/06-waiting/', id: 'queue-customers', percent: false },
];

for (const locale of ['en', 'zh'] as const) {
  const prefix = locale === 'en' ? '/en/' : '/';

  for (const { widget, path, id, percent } of widgetFields) {
    test(`${widget} (${locale}): six texts read as everywhere else`, async ({ page }) => {
      await page.goto(prefix + path);
      await tabTo(page, id);
      await waitForIslands(page);
      const label = (await page.locator(`label[for="${id}"]`).innerText()).trim();
      const field = page.locator(`#${id}`);
      for (const [text, mistake] of outcomes(percent)) {
        await typeOver(page, text);
        if (mistake) {
          await expect(field, `“${text}”`).toHaveAttribute('aria-invalid', 'true');
          await expect(page.locator(`#${id}-problem`)).toHaveText(`⚠ ${sentences[locale][mistake](label)}`);
        } else {
          await expect(field, `“${text}”`).not.toHaveAttribute('aria-invalid');
          await expect(page.locator(`#${id}-problem`)).toHaveCount(0);
        }
      }
    });
  }

  test(`numeric quiz answer (${locale}): six texts read as in the widgets`, async ({ page }) => {
    await page.goto(`${prefix}quizzes/01-foundations/`);
    await waitForIslands(page);
    const label = locale === 'en' ? 'Your answer' : '你的答案';
    const item: Locator = page
      .locator('section.quiz-item')
      .filter({ has: page.getByLabel(label) })
      .first();
    const check = item.getByRole('button', { name: locale === 'en' ? 'Check answer' : '检查答案' });
    for (const [text, mistake] of outcomes(false)) {
      await item.getByLabel(label).focus();
      await typeOver(page, text);
      await check.focus();
      await page.keyboard.press('Enter');
      if (mistake) {
        await expect(item.locator('.field-problem'), `“${text}”`).toHaveText(sentences[locale][mistake](label));
      } else {
        // Read as a number: graded (right or wrong), then cleared for the next text.
        await expect(item.locator('.quiz-verdict'), `“${text}”`).toBeVisible();
        await item.getByRole('button', { name: locale === 'en' ? 'Answer again' : '重新作答' }).click();
      }
    }
  });
}
