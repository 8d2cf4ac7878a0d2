/**
 * An axe scan (WCAG 2.2 A/AA rules) of every built page in both themes (in the dark theme, the rules
 * that colours can break). The page list comes from
 * the build output, so a new page is scanned without anyone adding it here.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForIslands } from './fixtures.ts';

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
    expect.arrayContaining(['/', '/en/', '/404.html', '/chapters/01-foundations/', '/glossary/', '/en/glossary/']),
  );
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} has no axe violations in the ${theme} theme`, async ({ page }) => {
      // A long chapter with three widgets and its quiz takes axe 20–35 s on a busy two-core machine;
      // the whole course on one page (print/) about one and a half times the longest chapter.
      test.setTimeout(path.endsWith('/print/') ? 120_000 : 60_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Bring every island into view so it hydrates and is scanned as the reader meets it.
      for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
      await waitForIslands(page);
      const axe = new AxeBuilder({ page });
      // The dark theme changes colours only (the same markup, the same names and roles), so its scan
      // runs the rules colours can break; the light theme's scan runs every rule.
      const results = await (
        theme === 'dark'
          ? axe.withRules(['color-contrast', 'link-in-text-block'])
          : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      ).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}
