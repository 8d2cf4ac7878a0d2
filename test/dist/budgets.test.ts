/**
 * JavaScript budgets from the built output: a page without widgets ships at most 3 KB gz of
 * script (the inline theme script), no page more than 45 KB gz, and islands wait until they are
 * visible or the browser is idle before they load. Counted generously: every module an island
 * imports, dynamic imports included, though islands below the fold load only when scrolled to.
 * 45 KB covers Preact, the progress store with its zod/mini schemas (about 9 KB: every stored
 * record is validated), a chapter's quiz and its two widgets (chapter 3: about 42 KB).
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, pageWeight } from '../tools/page-weight.mjs';

const KB = 1024;
const TEXT_ONLY_BUDGET = 3 * KB;
const PAGE_BUDGET = 45 * KB;

const pages = htmlFiles('dist').map((file) => pageWeight('dist', file));
const textOnly = pages.filter((page) => page.islands.length === 0);

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

  it('hydrates islands only when they are visible or the browser is idle', () => {
    const islands = pages.flatMap((page) => page.islands);
    expect(islands.length).toBeGreaterThan(0);
    for (const island of islands) expect(island).toMatch(/client="(visible|idle)"/);
  });
});
