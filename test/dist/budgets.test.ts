/**
 * JavaScript budgets from the built output. A chapter fetches at most 30 KB gz of island code once
 * a reader has scrolled past every widget and its quiz (the island modules and all they import
 * statically; code an island loads only when asked, such as the test mode or a file importer, is
 * reported apart by page-weight.mjs and not counted). Every page ships at most 35 KB gz of script
 * with its inline scripts, a page without widgets at most 3 KB gz (the inline theme script) and no
 * module at all, and no island loads before the page has: each waits until it is visible, near
 * the viewport or the browser is idle (client:near, the widgets' directive, fetches their code
 * when the browser is idle after load and hydrates them near the viewport). What a browser
 * actually fetches, phase by phase, is gated in test/e2e/script-budgets.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, pageWeight } from '../tools/page-weight.mjs';

const KB = 1024;
const TEXT_ONLY_BUDGET = 3 * KB;
const CHAPTER_ISLANDS_BUDGET = 30 * KB;
const PAGE_BUDGET = 35 * KB;
/**
 * The instructor's page: its builder island with the shared chunks came to 24.4 KB gz (December
 * 2026); the link's code (zod, compression, the QR encoder) loads only when a link is made or opened.
 */
const INSTRUCTOR_ISLANDS_BUDGET = 26 * KB;
/**
 * The gradebook's file box hydrates when idle (20.0 KB gz measured, most of it the shared Preact
 * runtime and widget kit); reading the reports, the table, charts and CSV load when files come.
 */
const GRADEBOOK_ISLANDS_BUDGET = 21.9 * KB;

const pages = htmlFiles('dist').map((file) => pageWeight('dist', file));
const textOnly = pages.filter((page) => page.islands.length === 0);
const chapters = pages.filter((page) => /^\/(en\/)?chapters\/[^/]+\/$/.test(page.page));
// A chapter's exam practice and the mock exam carry an island of their own: the chapters' budget holds for them too.
const examPages = pages.filter((page) => /^\/(en\/)?exam\/[^/]+\/$/.test(page.page));
const instructorPages = pages.filter((page) => /^\/(en\/)?instructor\/$/.test(page.page));
const gradebookPages = pages.filter((page) => /^\/(en\/)?gradebook\/$/.test(page.page));

describe('JavaScript budgets', () => {
  it.each(textOnly.map((page) => [page.page, page]))(
    '%s, a page without widgets, ships at most 3 KB gz of script',
    (_, page) => {
      expect(page.moduleScriptGz).toBe(0);
      expect(page.inlineScriptGz).toBeLessThanOrEqual(TEXT_ONLY_BUDGET);
    },
  );

  it.each(chapters.map((page) => [page.page, page]))(
    '%s fetches at most 30 KB gz of island code, every widget and the quiz included',
    (_, page) => {
      expect(page.moduleScriptGz).toBeLessThanOrEqual(CHAPTER_ISLANDS_BUDGET);
    },
  );

  it.each(pages.map((page) => [page.page, page]))('%s ships at most 35 KB gz of script', (_, page) => {
    expect(page.scriptGz).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it.each(examPages.map((page) => [page.page, page]))(
    '%s, an exam-practice page, fetches at most 30 KB gz of island code',
    (_, page) => {
      expect(page.moduleScriptGz).toBeLessThanOrEqual(CHAPTER_ISLANDS_BUDGET);
    },
  );

  it('finds the exam-practice pages: at least one chapter’s and the mock exam, in both locales', () => {
    const found = examPages.map((page) => page.page);
    expect(found).toEqual(
      expect.arrayContaining(['/exam/mock/', '/en/exam/mock/', '/exam/01-foundations/', '/en/exam/01-foundations/']),
    );
  });

  it.each(instructorPages.map((page) => [page.page, page]))(
    '%s, the instructor’s page, fetches at most 26 KB gz of island code until a link is made',
    (_, page) => {
      expect(page.moduleScriptGz).toBeLessThanOrEqual(INSTRUCTOR_ISLANDS_BUDGET);
    },
  );

  it('finds the instructor’s page in both locales', () => {
    expect(instructorPages.map((page) => page.page).sort()).toEqual(['/en/instructor/', '/instructor/']);
  });

  it.each(gradebookPages.map((page) => [page.page, page]))(
    '%s, the gradebook, fetches at most 21.9 KB gz of island code before files are chosen',
    (_, page) => {
      expect(page.moduleScriptGz).toBeLessThanOrEqual(GRADEBOOK_ISLANDS_BUDGET);
    },
  );

  it('finds the gradebook in both locales', () => {
    expect(gradebookPages.map((page) => page.page).sort()).toEqual(['/en/gradebook/', '/gradebook/']);
  });

  it('finds the chapter pages', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(2);
  });

  it('loads islands only when they are near the viewport or the browser is idle', () => {
    const islands = pages.flatMap((page) => page.islands);
    expect(islands.length).toBeGreaterThan(0);
    for (const island of islands) expect(island).toMatch(/client="(visible|near|idle)"/);
  });
});
