/**
 * An axe scan (WCAG 2.2 A/AA rules) of every built page in both themes (in the dark theme, the rules
 * that colours can break), one page load for both. The page list comes from the build output, so a
 * new page is scanned without anyone adding it here. The same loaded page is then narrowed to four
 * phone widths (320–414 px), where it must not scroll sideways.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, scrollTopForScan, test, waitForIslands } from './fixtures.ts';
import { withSampleFragment } from './sampleAssignment.ts';

function builtPages(dir = 'dist'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' ? [] : builtPages(path);
    if (entry.name === 'index.html') return [`/${relative('dist', dir)}/`.replace(/\/+/g, '/')];
    if (entry.name.endsWith('.html')) return [`/${relative('dist', path)}`];
    return [];
  });
}

const pages = builtPages().sort();

test('the build has pages to scan', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/en/',
      '/404.html',
      '/chapters/01-foundations/',
      '/glossary/',
      '/en/glossary/',
      '/assignment/',
      '/en/assignment/',
      '/gradebook/',
      '/en/gradebook/',
    ]),
  );
});

/** Phone widths a page must fit without sideways scrolling: small, common Android, iPhone, large. */
const phoneWidths = [320, 360, 390, 414];

/** At each width, how far the page scrolls sideways and the elements reaching past its right edge. */
async function sidewaysScroll(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const width of phoneWidths) {
    await page.setViewportSize({ width, height: 844 });
    const overflow = await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const root = document.documentElement;
      const extra = root.scrollWidth - root.clientWidth;
      if (extra <= 0) return null;
      // Name the outermost culprits, skipping what sits inside a box that scrolls on its own (a table's frame).
      const scrolls = (element: Element) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(element).overflowX);
      const culprits = [...document.body.querySelectorAll('*')].filter((element) => {
        if (element.getBoundingClientRect().right <= root.clientWidth + 0.5) return false;
        for (let up = element.parentElement; up && up !== document.body; up = up.parentElement)
          if (scrolls(up) || up.getBoundingClientRect().right > root.clientWidth + 0.5) return false;
        return true;
      });
      const name = (element: Element) =>
        `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
      return `${extra}px (${culprits.slice(0, 3).map(name).join(', ')})`;
    });
    if (overflow) found.push(`${width}px: scrolls sideways by ${overflow}`);
  }
  return found;
}

const allRules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The dark theme changes colours only (the same markup, names and roles): its scan runs the rules colours can break. */
const colourRules = ['color-contrast', 'link-in-text-block'];

for (const path of pages) {
  test(`${path} has no axe violations in the light theme or the dark one, nor sideways scroll on a phone`, async ({
    page,
  }) => {
    // A long chapter with three widgets and its quiz takes axe 20–35 s per scan on a busy two-core
    // machine; the whole course on one page (print/) about one and a half times the longest chapter.
    test.setTimeout(path.endsWith('/print/') ? 240_000 : 120_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(await withSampleFragment(path));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // Bring every island into view so it hydrates and is scanned as the reader meets it.
    for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await scrollTopForScan(page);
    const violations = async (theme: string, axe: AxeBuilder) =>
      (await axe.analyze()).violations.map(
        (v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    const light = await violations('light', new AxeBuilder({ page }).withTags(allRules));
    // A reader whose system turns dark while the page is open gets the dark theme in place (the page
    // follows the system setting until the reader picks a theme), the same page as one opened in it.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await violations('dark', new AxeBuilder({ page }).withRules(colourRules));
    // The page is loaded and every island hydrated: the same page then fits each phone width.
    expect([...light, ...dark, ...(await sidewaysScroll(page))]).toEqual([]);
  });
}
