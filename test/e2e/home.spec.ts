/**
 * The home page for a returning learner: the main button picks up where they left off (the review
 * when something is due, else the first unfinished chapter) and each chapter card says how far
 * they got, in both languages.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures.ts';

const trueFalse = (page: Page) =>
  page.locator('section.quiz-item').filter({ hasText: /person who pays for a product/ });

test('a new learner starts at chapter 1; after one answer, home says continue chapter 1 and shows it begun', async ({
  page,
}) => {
  await page.goto('/en/');
  await waitForIslands(page);
  const main = page.locator('.home-action a.button');
  await expect(main).toHaveText('Start learning');
  await expect(main).toHaveAttribute('href', /\/en\/chapters\/01-foundations\/$/);
  await page.locator('.chapter-cards').scrollIntoViewIfNeeded();
  await expect(page.locator('.chapter-cards li').first()).toBeVisible();
  await expect(page.locator('.chapter-card-state')).toHaveCount(0);

  // One practice answer, right: "the person who pays is always the consumer" is false.
  await page.goto('/en/quizzes/01-foundations/');
  await waitForIslands(page);
  await trueFalse(page).getByRole('radio', { name: 'False' }).check();
  await trueFalse(page).getByRole('button', { name: 'Check answer' }).click();
  await expect(trueFalse(page).locator('.quiz-verdict')).toHaveText('✓ Correct');

  await page.goto('/en/');
  await waitForIslands(page);
  await expect(main).toHaveText(/^Continue: Chapter 1 /);
  await expect(main).toHaveAttribute('href', /\/en\/chapters\/01-foundations\/$/);
  // The list hydrates when scrolled to, as a reader reaches it.
  await page.locator('.chapter-cards').scrollIntoViewIfNeeded();
  const cards = page.locator('.chapter-cards li');
  await expect(cards.first().locator('.chapter-card-state')).toHaveText('In progress · 1 of 15 right in practice');
  await expect(cards.nth(1).locator('.chapter-card-state')).toHaveText('Not started');

  await page.goto('/');
  await waitForIslands(page);
  await expect(page.locator('.home-action a.button')).toHaveText(/^继续学习：第 1 章 /);
  await page.locator('.chapter-cards').scrollIntoViewIfNeeded();
  await expect(page.locator('.chapter-cards li').first().locator('.chapter-card-state')).toHaveText(
    '在学 · 练习全对 1 / 15',
  );
});

test('a question due for review comes first on the home page', async ({ page }) => {
  await page.goto('/en/quizzes/01-foundations/');
  await waitForIslands(page);
  await trueFalse(page).getByRole('radio', { name: 'True' }).check();
  await trueFalse(page).getByRole('button', { name: 'Check answer' }).click();
  await expect(trueFalse(page).locator('.quiz-verdict')).toHaveText('✗ Not right');
  // FSRS brings a wrong answer back after a minute: two minutes later it is due.
  await page.clock.install({ time: Date.now() + 2 * 60_000 });
  await page.goto('/en/');
  await waitForIslands(page);
  const main = page.locator('.home-action a.button');
  await expect(main).toHaveText('Review 1 due question first');
  await expect(main).toHaveAttribute('href', /\/en\/review\/$/);
});
