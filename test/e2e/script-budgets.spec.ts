/**
 * Script budgets as a browser meets them (test/tools/script-fetch.mjs): the gzipped script a fresh
 * browser fetches for each built page, in a desktop window. Every chapter page fetches no script
 * before the load event and at most 30 KB gz once scrolled through, every widget included; the
 * home pages at most 12 KB gz without any scroll or input (their progress card is a client:idle
 * island, so it counts); a page without islands fetches no script at all. The files-based budgets
 * are in test/dist/budgets.test.ts.
 */
import { expect, test } from './fixtures.ts';
import { htmlFiles, pageWeight } from '../tools/page-weight.mjs';
import { listScripts, scriptFetch } from '../tools/script-fetch.mjs';

const KB = 1024;
const CHAPTER_AFTER_SCROLL = 30 * KB;
const HOME_SETTLED = 12 * KB;

const pages = htmlFiles('dist').map((file) => pageWeight('dist', file));
const chapters = pages.filter((page) => /^\/(en\/)?chapters\/[^/]+\/$/.test(page.page)).map((page) => page.page);
const homes = pages.filter((page) => /^\/(en\/)?$/.test(page.page)).map((page) => page.page);
const textOnly = pages.filter((page) => page.islands.length === 0).map((page) => page.page);

test.describe('script a browser fetches', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const path of chapters) {
    test(`${path}: none before load, at most 30 KB gz after scrolling through every widget`, async ({ page }) => {
      const fetched = await scriptFetch(page, path);
      expect(fetched.onLoad.gz, listScripts(fetched.onLoad)).toBe(0);
      expect(fetched.fullScroll.gz, listScripts(fetched.fullScroll)).toBeLessThanOrEqual(CHAPTER_AFTER_SCROLL);
    });
  }

  for (const path of homes) {
    test(`${path}: at most 12 KB gz with no scroll or input`, async ({ page }) => {
      const fetched = await scriptFetch(page, path);
      expect(fetched.settled.gz, listScripts(fetched.settled)).toBeLessThanOrEqual(HOME_SETTLED);
    });
  }

  for (const path of textOnly) {
    test(`${path}, a page without widgets: no script fetched, even after a full scroll`, async ({ page }) => {
      const fetched = await scriptFetch(page, path);
      expect(fetched.fullScroll.gz, listScripts(fetched.fullScroll)).toBe(0);
      expect(fetched.fullScroll.scripts).toEqual([]);
      expect(fetched.workers).toEqual([]);
    });
  }

  test('finds the pages it gates', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(2);
    expect(homes).toEqual(expect.arrayContaining(['/', '/en/']));
  });
});
