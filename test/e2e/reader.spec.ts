/** A student opens the course, reads chapter 1 in either language and moves between chapters. */
import type { Page } from '@playwright/test';
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

test.describe('the phone reader', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  /** The top of what the sticky header leaves visible. */
  const headerBottom = (page: Page) =>
    page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().bottom);

  test('the bar names the section being read and shows how far through the chapter you are @phone', async ({
    page,
  }) => {
    await page.goto(chapter1.en);
    await expect(page.locator('.chapter-sidebar')).toBeHidden();
    const bar = page.locator('.reader-bar');
    await expect(bar).toContainText('Chapter 1');
    const progress = () =>
      page.locator('[data-reading-progress]').evaluate((line) => new DOMMatrix(getComputedStyle(line).transform).a);
    await page.locator('#customer-types').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect(bar.locator('[data-reader-section]')).toHaveText(await page.locator('#customer-types').innerText());
    const partWay = await progress();
    expect(partWay).toBeGreaterThan(0.02);
    expect(partWay).toBeLessThan(0.9);
    await page.keyboard.press('End');
    await expect.poll(progress).toBeGreaterThan(0.99);
    // Back to the top by the bar's arrow, which any screen reader names.
    await page.getByRole('link', { name: 'Back to top' }).click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(50);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  });

  test('the contents open as a sheet that keeps the keyboard inside, closes on Esc and gives focus back @phone', async ({
    page,
  }) => {
    await page.goto(chapter1.zh);
    const opener = page.getByRole('button', { name: '目录' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: /客户关系管理概论/ });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('navigation', { name: '本页内容' })).toBeVisible();
    await expect(sheet.getByRole('navigation', { name: '章节' }).locator('a[aria-current=page]')).toContainText(
      '客户关系管理概论',
    );
    // Round and round the sheet: Tab never leaves it while it is open.
    const stops = await sheet.locator('a, button').count();
    for (let press = 0; press < stops + 3; press++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.id ?? null)).toBe('reader-sheet');
    }
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('a section chosen in the sheet closes it and opens below the header, not under it @phone', async ({ page }) => {
    await page.goto(chapter1.en);
    await page.getByRole('button', { name: 'Contents' }).click();
    const sheet = page.getByRole('dialog');
    const link = sheet.getByRole('navigation', { name: 'On this page' }).getByRole('link').nth(3);
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await expect(sheet).toBeHidden();
    const heading = page.locator(target);
    await expect(heading).toBeInViewport();
    await expect
      .poll(() => heading.evaluate((element) => element.getBoundingClientRect().top))
      .toBeGreaterThanOrEqual(await headerBottom(page));
  });
});

test('on a wide screen the contents mark the section being read', async ({ page }) => {
  await page.goto(chapter1.en);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.locator('[aria-current]')).toHaveCount(0);
  await page.locator('#customer-types').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await expect(toc.locator('[aria-current=true]')).toHaveCount(1);
  await expect(toc.locator('[aria-current=true]')).toHaveAttribute('href', '#customer-types');
});

test('a wide table scrolls in its own box on a phone, by keyboard too, and never splits a number @phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/en/chapters/03-customer-value/');
  const box = page.locator('.prose-table').filter({ hasText: '125,619.83' });
  const overflow = () => box.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(await overflow()).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  // Each figure stays on one line: a number broken across lines is misread.
  const linesOf = (text: string) =>
    box.evaluate((element, text) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (node.textContent?.trim() === text) {
          const range = document.createRange();
          range.selectNodeContents(node);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        }
      return 0;
    }, text);
  for (const figure of ['125,619.83', '72,727.27', '80,000']) expect(await linesOf(figure)).toBe(1);
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

test('on a phone the progress table keeps each status on one line, and scrolls with its cue @phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('/progress/');
  const cell = page.locator('.progress-overview td').filter({ hasText: '未读完' }).first();
  const lines = await cell.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  // Five columns do not fit 320 px: the table scrolls in its own box, and a line says so.
  const box = page.getByRole('region', { name: '各章进度' });
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await expect(page.locator('.table-scroll-hint')).toBeVisible();
});
