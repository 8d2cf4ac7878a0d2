/**
 * A device whose storage is full: every kind of write the course makes (an answer, a test draft, a
 * submitted test, a role-play reply, an import, a widget tried, a chapter read) either succeeds or
 * tells the learner so where they are looking, in the page's language; nothing fails in silence.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, fillStorage, tabTo, test, waitForIslands } from './fixtures.ts';

const quizPage = '/en/quizzes/01-foundations/';

const item = (page: Page, prompt: RegExp) => page.locator('section.quiz-item').filter({ hasText: prompt });

async function open(page: Page, path: string) {
  await page.goto(path);
  await waitForIslands(page);
}

async function check(section: Locator) {
  await section.getByRole('button', { name: 'Check answer' }).focus();
  await section.page().keyboard.press('Enter');
}

async function startScenario(page: Page, path: string, scenarioId: string) {
  await page.goto(path);
  await tabTo(page, `roleplay-start-${scenarioId}`);
  await waitForIslands(page);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('roleplay-current')).toBeFocused();
}

test('a full storage quota is reported, not swallowed', async ({ page }) => {
  await open(page, quizPage);
  await fillStorage(page);
  const single = item(page, /How a client differs/i);
  await single.getByRole('radio', { name: /knows the client's name/ }).check();
  await check(single);
  await expect(single.locator('.quiz-verdict')).toHaveText('✓ Correct');
  await expect(page.getByRole('alert').first()).toContainText('storage is full');
  await expect(single).toContainText('This answer was not saved on your device.');
});

test('a test answer that cannot be kept as a draft, and a test that cannot be saved, say so in place', async ({
  page,
}) => {
  await open(page, '/quizzes/01-foundations/');
  await page.getByRole('radio', { name: '练习' }).focus();
  await page.keyboard.press('ArrowRight');
  await fillStorage(page);
  const single = item(page, /“客户”与一般“顾客”的区别/);
  await single.getByRole('radio', { name: /知道客户的姓名/ }).focus();
  await page.keyboard.press('Space');
  await expect(single.locator('.field-problem')).toHaveText(
    '这个答案没能暂存到本设备（存储空间已满或被禁用）：刷新或关闭页面会丢失它，请在离开前交卷。',
  );
  await page.getByRole('button', { name: '交卷' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '仍然交卷' }).focus();
  await page.keyboard.press('Enter');
  // The score is still shown: one right out of 15.
  await expect(page.locator('.quiz-test-result .widget-result')).toContainText('得分 1 / 15');
  await expect(page.locator('.quiz-test-result .field-problem')).toHaveText(
    '这次测试的成绩和答案没有保存到本设备（存储空间已满或被禁用）：上面的得分只在这一页上。',
  );
});

test('a reply that storage cannot hold is said to be unsaved, beside the conversation', async ({ page }) => {
  await startScenario(page, '/en/chapters/07-complaints/', 'restaurant-food-safety');
  await fillStorage(page);
  await page.locator('.roleplay-choice').first().click();
  await expect(page.locator('.roleplay .field-problem')).toContainText('Your last reply was not saved on this device');
});

test('an import that storage cannot hold says so in place, never "Imported and merged"', async ({ page }) => {
  await open(page, '/en/progress/');
  const at = Date.now();
  const file = {
    format: 'crm-course-progress',
    version: 2,
    exportedAt: new Date(at).toISOString(),
    entries: {
      'item:ch1-client-definition': {
        v: 2,
        attempts: [
          {
            id: 'imported-1',
            at,
            fingerprint: 'abc',
            response: { kind: 'single', choice: 'b' },
            score: 1,
            mode: 'practice',
          },
        ],
      },
      'read:01-foundations': { v: 2, at },
    },
  };
  await fillStorage(page);
  await page.getByLabel('Import a progress file (.json)').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole('button', { name: 'Merge into this device' }).click();
  await expect(page.locator('.import-status')).toContainText('0 of the changed records were saved and 2 could not be');
  await expect(page.getByText('Imported and merged.')).toHaveCount(0);
});

test('a widget tried with storage full says, in the widget, that progress does not record it', async ({ page }) => {
  await page.goto('/en/chapters/01-foundations/');
  await tabTo(page, 'churn-churnRateA');
  await waitForIslands(page);
  await fillStorage(page);
  await page.keyboard.type('1');
  await expect(page.locator('.churn .field-problem')).toHaveText(
    'Storage on this device is full or blocked, so your progress does not record that you tried this exercise. The exercise itself works as usual.',
  );
  expect(await page.evaluate(() => localStorage.getItem('crm:widget:01-foundations:ChurnCompounding'))).toBeNull();
});

test('a chapter read to its end with storage full says, at its end, that it is not marked read @phone', async ({
  page,
}) => {
  await page.goto('/chapters/02-relationship-marketing/');
  await fillStorage(page);
  const end = page.locator('[data-read-marker]');
  await end.scrollIntoViewIfNeeded();
  await expect(end.getByRole('status')).toHaveText(
    '本设备的存储空间已满或被禁用：本章没能记为“已读完”，学习进度页上它仍显示为未读完。',
  );
  expect(await page.evaluate(() => localStorage.getItem('crm:read:02-relationship-marketing'))).toBeNull();
});
