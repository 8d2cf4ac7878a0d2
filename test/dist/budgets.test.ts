/**
 * JavaScript budgets from the built output: a page without widgets ships at most 3 KB gz of
 * script (the inline theme script) and no page more than 45 KB gz, and no island loads before the page has: each waits until it is visible, near the
 * viewport or the browser is idle (client:near, the widgets' directive, fetches their code when
 * the browser is idle after load and hydrates them near the viewport). Counted generously: every
 * module an island imports, dynamic imports included. The widget-kit issue's goal of 30 KB for a
 * chapter is not met yet (chapter 3 measures about 44 KB: Preact 7.8, zod/mini with the progress
 * schemas 9, the store 4.6, the quiz 6.5 and two widgets); until it is, chapters keep the 45 KB
 * every page had. What a browser actually fetches, phase by phase, is gated in
 * test/e2e/script-budgets.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, pageWeight } from '../tools/page-weight.mjs';

const KB = 1024;
const TEXT_ONLY_BUDGET = 3 * KB;
const PAGE_BUDGET = 45 * KB;

const pages = htmlFiles('dist').map((file) => pageWeight('dist', file));
const textOnly = pages.filter((page) => page.islands.length === 0);
const isChapter = (page: { page: string }) => /^\/(en\/)?chapters\/[^/]+\/$/.test(page.page);

describe('JavaScript budgets', () => {
  it.each(textOnly.map((page) => [page.page, page]))(
    '%s, a page without widgets, ships at most 3 KB gz of script',
    (_, page) => {
      expect(page.moduleScriptGz).toBe(0);
      expect(page.inlineScriptGz).toBeLessThanOrEqual(TEXT_ONLY_BUDGET);
    },
  );

  it.each(pages.map((page) => [page.page, page]))('%s ships at most 45 KB gz of script', (_, page) => {
    expect(page.scriptGz).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it('finds the chapter pages', () => {
    expect(pages.filter(isChapter).length).toBeGreaterThanOrEqual(2);
  });

  it('loads islands only when they are near the viewport or the browser is idle', () => {
    const islands = pages.flatMap((page) => page.islands);
    expect(islands.length).toBeGreaterThan(0);
    for (const island of islands) expect(island).toMatch(/client="(visible|near|idle)"/);
  });
});
