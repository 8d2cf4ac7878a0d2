/** A student opens the course, reads chapter 1 in either language and moves between chapters. */
import { expect, test } from './fixtures.ts';

const chapter1 = { zh: '/chapters/01-foundations/', en: '/en/chapters/01-foundations/' };

test('the Chinese home page introduces the course and lists the chapters @phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('客户关系管理');
  await expect(page.getByRole('heading', { name: '你将学到' })).toBeVisible();
  const chapters = page.locator('.chapter-cards li');
  await expect(chapters.first()).toContainText('第 1 章');
  await expect(chapters.first()).toContainText(/约 \d+ 分钟/);
});

test('the English home page is the same course in English', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Customer Relationship Management');
  await expect(page.locator('.chapter-cards li').first()).toContainText(/Chapter 1.*about \d+ min/s);
  await page.getByRole('link', { name: 'Start learning' }).click();
  await expect(page).toHaveURL(/\/en\/chapters\/01-foundations\/$/);
});

for (const [locale, path] of Object.entries(chapter1)) {
  test(`chapter 1 renders in ${locale} with objectives, reading time and key terms @phone`, async ({ page }) => {
    await page.goto(path);
    const zh = locale === 'zh';
    await expect(page.locator('html')).toHaveAttribute('lang', zh ? 'zh-CN' : 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      zh ? '客户关系管理概论' : /CRM|Customer Relationship/,
    );
    await expect(page.getByRole('heading', { name: zh ? '学习目标' : 'Learning objectives' })).toBeVisible();
    expect(await page.locator('.objectives li').count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.chapter-meta')).toContainText(zh ? /阅读约 \d+ 分钟/ : /\d+ min read/);
    await expect(page.locator('.key-terms dt').first()).toBeVisible();
    const alternate = (lang: string) => page.locator(`link[rel=alternate][hreflang=${lang}]`).getAttribute('href');
    expect(new URL((await alternate('en'))!, page.url()).pathname).toBe(chapter1.en);
    expect(new URL((await alternate('zh-CN'))!, page.url()).pathname).toBe(chapter1.zh);
    expect(new URL((await alternate('x-default'))!, page.url()).pathname).toBe(chapter1.zh);
  });
}

test('the language switch keeps the chapter and the section being read', async ({ page }) => {
  await page.goto(`${chapter1.zh}#customer-types`);
  // The page opens at the section: its heading sits just below the sticky header.
  const headingTop = () => page.locator('#customer-types').evaluate((h) => h.getBoundingClientRect().top);
  await expect.poll(headingTop).toBeLessThanOrEqual(90);
  // By keyboard: Playwright's mouse click would first scroll the page to "reveal" the sticky header.
  await page.getByRole('link', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/chapters\/01-foundations\/#customer-types$/);
  await expect(page.locator('#customer-types')).toBeInViewport();
  await page.getByRole('link', { name: '中文' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chapters\/01-foundations\/#customer-types$/);
  await expect(page).not.toHaveURL(/\/en\//);
});

test('the on-page contents jump to a section', async ({ page }) => {
  await page.goto(chapter1.en);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link').nth(2).click();
  const target = await toc.getByRole('link').nth(2).getAttribute('href');
  await expect(page.locator(target!)).toBeInViewport();
});

test('previous and next lead through the chapters in order', async ({ page }) => {
  await page.goto(chapter1.zh);
  await expect(page.locator('a[rel=prev]')).toHaveCount(0);
  await page.locator('a[rel=next]').click();
  await expect(page).toHaveURL(/\/chapters\/02-[a-z-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关系营销');
  await page.locator('a[rel=prev]').click();
  await expect(page).toHaveURL(/\/chapters\/01-foundations\/$/);
  await expect(page.locator('.chapter-nav a[aria-current=page]').first()).toContainText('客户关系管理概论');
});

test('a phone reader gets the chapter list and contents as menus, without sideways scrolling @phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(chapter1.zh);
  await expect(page.locator('.chapter-sidebar')).toBeHidden();
  await page.getByText('章节目录').click();
  await expect(page.locator('.narrow-menu .chapter-nav').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('printing a chapter leaves out navigation and replaces the widget by its description', async ({ page }) => {
  await page.goto(chapter1.en);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.chapter-sidebar')).toBeHidden();
  for (const live of await page.locator('.widget-live').all()) await expect(live).toBeHidden();
  for (const print of await page.locator('.widget-print').all()) await expect(print).toBeVisible();
  await expect(page.locator('.widget-print').first()).toContainText('1,226');
});

test.describe('not found', () => {
  // The browser itself logs the 404 of the page it was asked for.
  test.use({ allowedConsoleErrors: [/404 \(Not Found\)/] });

  test('an unknown address shows a bilingual not-found page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这一页');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
