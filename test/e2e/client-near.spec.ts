/**
 * `client:near` (src/directives/near.ts), the widgets' directive: a widget's code is fetched when
 * the browser is idle after load, before any scroll, but the widget hydrates only as it comes
 * near the viewport; a reader who asked to save data fetches nothing until they scroll to it.
 */
import { expect, test } from './fixtures.ts';
import { browserIdle, networkWatch, scriptFetch } from '../tools/script-fetch.mjs';

test('a chapter fetches its widgets’ code once idle after load, and hydrates each only when near', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const network = networkWatch(page);
  await page.goto('/en/chapters/03-customer-value/');
  await browserIdle(page);
  await network.quiet();

  const islands = page.locator('astro-island[client="near"]');
  const components = await islands.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('component-url')),
  );
  expect(components.length).toBeGreaterThanOrEqual(3);
  for (const component of components) expect(scripts).toContain(component);

  // The quiz at the end of the chapter is far below the fold: fetched, not yet hydrated.
  const quiz = page.locator('astro-island[component-url*="/Quiz."]');
  await expect(quiz).toHaveAttribute('ssr');
  await quiz.evaluate((island) => (island.firstElementChild ?? island).scrollIntoView({ behavior: 'instant' }));
  await expect(quiz).not.toHaveAttribute('ssr');
});

test('with Save-Data on, a chapter fetches no widget code until the reader scrolls to it', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }),
  );
  const fetched = await scriptFetch(page, '/en/chapters/01-foundations/');
  expect(fetched.settled.gz).toBe(0);
  expect(fetched.fullScroll.gz).toBeGreaterThan(0);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
});
