/**
 * The site search (src/components/SiteSearch.astro), by keyboard, in both languages: `/` and
 * Ctrl-K open it from any page, the terms each chapter teaches find that chapter among the first
 * results with a link to the heading where the term is, results stay in the page's language, the
 * count is announced, arrow keys and Tab move through the results, Esc closes and gives focus back,
 * teaching notes are labelled, and the dialog passes axe. On a 360 px phone the button and the
 * dialog fit without sideways scrolling. One run goes against the build under /crm/ (dist-base/,
 * served here by a second `astro preview`), where results must keep the base path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, tabTo, test } from './fixtures.ts';
import { testPort } from '../tools/test-server.mjs';

// Pagefind loads its index and WebAssembly on the first search: seconds on a busy two-core machine.
test.describe.configure({ timeout: 60_000 });

const dialog = (page: Page) => page.locator('#site-search');
const field = (page: Page) => page.locator('#site-search-field');
const resultLinks = (page: Page) => dialog(page).locator('ol a');

/** Types a term into the open dialog and waits until the count of matching pages is announced. */
async function searchFor(page: Page, term: string) {
  await expect(field(page)).toBeFocused();
  await page.keyboard.type(term);
  await expect(dialog(page).getByRole('status')).toHaveText(/\d/, { timeout: 20_000 });
}

/** The hrefs of the first `count` results. */
async function firstHrefs(page: Page, count: number): Promise<string[]> {
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.slice(0, count);
}

const searches = [
  { term: '忠诚', home: '/', chapter: '/chapters/05-loyalty/', key: '/' },
  { term: '投诉', home: '/', chapter: '/chapters/07-complaints/', key: 'Control+k' },
  { term: '排队', home: '/', chapter: '/chapters/06-waiting/', key: '/' },
  { term: '流失', home: '/', chapter: '/chapters/01-foundations/', key: 'Control+k' },
  { term: 'service recovery', home: '/en/', chapter: '/en/chapters/07-complaints/', key: '/' },
  { term: 'Erlang', home: '/en/', chapter: '/en/chapters/06-waiting/', key: 'Control+k' },
];

for (const { term, home, chapter, key } of searches) {
  test(`"${term}" (opened with ${key}) finds ${chapter} and links to the heading where it is taught`, async ({
    page,
  }) => {
    await page.goto(home);
    await page.keyboard.press(key);
    await expect(dialog(page)).toBeVisible();
    await searchFor(page, term);

    // Only this language's pages, and the chapter among the first three results, at a section.
    const all = await firstHrefs(page, 100);
    for (const href of all) expect(href.startsWith('/en/'), href).toBe(home === '/en/');
    const first = await firstHrefs(page, 3);
    const hit = first.findIndex((href) => href.startsWith(`${chapter}#`));
    expect(hit, `${chapter}# among ${first.join(', ')}`).toBeGreaterThanOrEqual(0);
    // The match is highlighted in the excerpt.
    await expect(resultLinks(page).nth(hit).locator('mark').first()).toBeVisible();

    // Down the list by arrow keys to that result, then Enter: the page opens at that heading.
    for (let step = 0; step <= hit; step++) await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(hit)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${first[hit]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const id = decodeURIComponent(first[hit]!.split('#')[1]!);
    const target = page.locator(`[id="${id}"]`);
    await expect(target).toHaveCount(1);
    expect(await target.evaluate((element) => element.tagName)).toMatch(/^H[1-6]$/);
    await expect(target).toContainText(/\S/);
    await expect(dialog(page)).toBeHidden();
  });
}

test('the count is announced, no match says so, and teaching notes are labelled and unfold when followed', async ({
  page,
}) => {
  await page.goto('/en/chapters/01-foundations/');
  await page.keyboard.press('/');
  // "Erlang" is in exactly four English pages: chapter 6, its quiz, its exam practice and the glossary.
  await searchFor(page, 'Erlang');
  await expect(dialog(page).getByRole('status')).toHaveText('4 matching pages.');
  const notes = resultLinks(page).filter({ has: page.locator('.search-tag', { hasText: 'Teaching notes' }) });
  await expect(notes).toHaveCount(1);
  await expect(notes).toHaveAttribute('href', '/en/chapters/06-waiting/#teaching-notes-text');
  await notes.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/chapters\/06-waiting\/#teaching-notes-text$/);
  await expect(page.locator('details.teaching-notes')).toHaveAttribute('open', '');
  await expect(page.locator('#teaching-notes-text')).toBeVisible();

  await page.keyboard.press('/');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  // Pagefind forgives typos (it finds "x" for "xyzzy"), but nothing is near this.
  await page.keyboard.type('zzzzzz');
  await expect(dialog(page).getByRole('status')).toHaveText(
    'Nothing in the course matches “zzzzzz”. Try another word, or fewer words.',
  );
  await expect(resultLinks(page)).toHaveCount(0);
});

test('a keyboard user opens the search from its button, moves through results and gets focus back on Esc', async ({
  page,
}) => {
  await page.goto('/chapters/01-foundations/');
  await tabTo(page, 'site-search-open');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await searchFor(page, '客户');
  await expect(dialog(page).getByRole('status')).toHaveText(/^找到 \d+ 个相关页面。$/);
  // Down and up between the field and the results; Tab reaches the results too.
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(resultLinks(page).nth(0)).toBeFocused();
  // Esc closes from anywhere in the dialog, and focus goes back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('#site-search-open')).toBeFocused();

  // Opened again with `/` from a link in the page, the search is still there, and Esc goes back to that link.
  await page.locator('main a[href]:visible').first().focus();
  const link = await page.evaluate(() => document.activeElement?.outerHTML ?? '');
  expect(link).toMatch(/^<a /);
  await page.keyboard.press('/');
  await expect(field(page)).toBeFocused();
  await expect(field(page)).toHaveValue('客户');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => document.activeElement?.outerHTML ?? '')).toBe(link);
});

test('typing / or Ctrl-K in a field types there and does not open the search', async ({ page }) => {
  await page.goto('/en/chapters/01-foundations/');
  await page.keyboard.press('/');
  await searchFor(page, 'Erlang');
  // Enter in the field follows the first result.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/chapters\/06-waiting\/#erlang-c$/);
  await expect(dialog(page)).toBeHidden();

  await page.goto('/en/chapters/01-foundations/');
  await tabTo(page, 'churn-startingCustomers');
  await page.keyboard.press('/');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('#churn-startingCustomers')).toBeFocused();
});

test('a page without widgets fetches no script until the search is opened, then only its code and Pagefind', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (['script', 'fetch'].includes(request.resourceType()) || path.includes('/pagefind/')) scripts.push(path);
  });
  await page.goto('/404.html');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await page.keyboard.press('Control+k');
  await searchFor(page, 'loyalty');
  expect(scripts.some((path) => /^\/_astro\/search-dialog-[\w-]+\.js$/.test(path))).toBe(true);
  expect(scripts).toContain('/pagefind/pagefind.js');
  for (const path of scripts) expect(path).toMatch(/^\/(_astro\/search-dialog-|pagefind\/)/);
});

for (const theme of ['light', 'dark'] as const) {
  for (const [home, term] of [
    ['/', '投诉'],
    ['/en/', 'service recovery'],
  ] as const) {
    test(`the open dialog with results has no axe violations (${home}, ${theme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(home);
      await page.keyboard.press('/');
      await searchFor(page, term);
      const results = await new AxeBuilder({ page })
        .include('#site-search')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const [home, term, chapter] of [
    ['/chapters/04-satisfaction/', '排队', '/chapters/06-waiting/#'],
    ['/en/chapters/04-satisfaction/', 'Erlang', '/en/chapters/06-waiting/#'],
  ] as const) {
    test(`the button opens a dialog that fits, and a result opens its chapter (${term}) @phone`, async ({ page }) => {
      await page.goto(home);
      const button = page.locator('#site-search-open');
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      await button.click();
      await searchFor(page, term);
      const fits = await page.evaluate(() => {
        const panel = document.getElementById('site-search')!;
        const { left, right } = panel.getBoundingClientRect();
        return {
          left,
          right,
          page: document.documentElement.scrollWidth,
          panel: panel.scrollWidth - panel.clientWidth,
        };
      });
      expect(fits.left).toBeGreaterThanOrEqual(0);
      expect(fits.right).toBeLessThanOrEqual(360);
      expect(fits.page).toBeLessThanOrEqual(360);
      expect(fits.panel).toBe(0);
      const hit = resultLinks(page)
        .filter({ has: page.locator('mark') })
        .and(page.locator(`a[href^="${chapter}"]`));
      await hit.first().click();
      await expect(page).toHaveURL(new RegExp(`${chapter}[\\w-]+$`));
    });
  }
});

test.describe('under the base path /crm/', () => {
  // A second preview server for the build in dist-base/ (npm test builds it before the browser tests).
  const port = testPort + 100;
  const origin = `http://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  test.use({ baseURL: origin });

  test.beforeAll(async () => {
    expect(
      existsSync('dist-base/pagefind/pagefind.js'),
      'build dist-base first (BASE_PATH=/crm/ OUT_DIR=./dist-base)',
    ).toBe(true);
    server = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      env: { ...process.env, BASE_PATH: '/crm/', OUT_DIR: './dist-base', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const up = await fetch(`${origin}/crm/`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error(`the /crm/ preview did not start on ${origin}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  test.afterAll(() => {
    server?.kill();
  });

  test('the search finds chapters in both languages, with links inside /crm/', async ({ page }) => {
    for (const [home, term, chapter] of [
      ['/crm/', '排队', '/crm/chapters/06-waiting/#'],
      ['/crm/en/', 'Erlang', '/crm/en/chapters/06-waiting/#'],
    ] as const) {
      await page.goto(home);
      await page.keyboard.press('Control+k');
      await searchFor(page, term);
      const hrefs = await firstHrefs(page, 100);
      for (const href of hrefs) expect(href).toMatch(home === '/crm/en/' ? /^\/crm\/en\// : /^\/crm\/(?!en\/)/);
      const first = await firstHrefs(page, 3);
      const hit = first.findIndex((href) => href.startsWith(chapter));
      expect(hit, `${chapter} among ${first.join(', ')}`).toBeGreaterThanOrEqual(0);
      await resultLinks(page).nth(hit).click();
      await expect(page).toHaveURL(`${origin}${first[hit]}`);
      const id = decodeURIComponent(first[hit]!.split('#')[1]!);
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    }
  });
});
