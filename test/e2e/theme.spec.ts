/** Light and dark themes: the system setting by default, a toggle that persists, never a flash. */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** What the toggle's words say, its state included ("深色模式：关"), as a sighted reader sees them. */
const shownWords = (toggle: Locator) =>
  toggle.evaluate((button) => {
    const state = button.querySelector('.theme-state');
    const generated = state ? getComputedStyle(state, '::before').content.replace(/^"|"$/g, '') : '';
    return `${button.querySelector('.theme-toggle-text')?.textContent ?? ''}${generated}`;
  });

test('the theme follows the system setting until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('dark mode chosen with the toggle persists across reloads without a light flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // Records the theme as it stands when the first frame is drawn.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrameTheme?: string | undefined }).firstFrameTheme =
        document.documentElement.dataset.theme;
    });
  });
  await page.goto('/chapters/01-foundations/');
  const toggle = page.getByRole('button', { name: '深色模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await shownWords(toggle)).toBe('深色模式：关');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // The words say dark mode is on, not merely name it; the accessible name stays the same.
  expect(await shownWords(toggle)).toBe('深色模式：开');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(
    await page.evaluate(() => (window as unknown as { firstFrameTheme?: string | undefined }).firstFrameTheme),
  ).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 23, 28)');

  // The choice holds on other pages and in the other language too.
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const englishToggle = page.getByRole('button', { name: 'Dark mode', exact: true });
  await expect(englishToggle).toHaveAttribute('aria-pressed', 'true');
  expect(await shownWords(englishToggle)).toBe('Dark mode: on');
});
