/**
 * A keyboard-only pass through each page: Tab reaches every control, including each widget's,
 * every focused control shows a visible focus ring, and focus moves on past the widgets (no trap).
 */
import type { Page } from '@playwright/test';
import { withSampleFragment } from './sampleAssignment.ts';
import { expect, test, waitForIslands } from './fixtures.ts';

interface Stop {
  description: string;
  outline: number;
  /** Which of the page's widgets (in document order) holds the focused control, or -1. */
  widget: number;
}

/**
 * Tabs through the whole page once, recording each stop, until focus comes round to the first stop
 * again or leaves the document. Each stop is recorded in the page as focus arrives (a focusin
 * listener), so a press costs one round trip to the browser rather than two; the presses go in
 * batches, checked for the end after each.
 */
async function tabThrough(page: Page): Promise<Stop[]> {
  await page.evaluate(() => {
    const stops: Stop[] = [];
    (window as unknown as { tabStops: Stop[] }).tabStops = stops;
    document.addEventListener('focusin', (event) => {
      const element = event.target as Element;
      const style = getComputedStyle(element);
      stops.push({
        description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} ${(element.textContent ?? '').trim().slice(0, 30)}`,
        outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
        widget: [...document.querySelectorAll('.widget')].indexOf(element.closest('.widget') as Element),
      });
    });
  });
  for (let presses = 0; presses < 400; presses += 20) {
    for (let press = 0; press < 20; press++) await page.keyboard.press('Tab');
    const { stops, left } = await page.evaluate(() => ({
      stops: (window as unknown as { tabStops: Stop[] }).tabStops,
      left: document.activeElement === null || document.activeElement === document.body,
    }));
    const again = stops.findIndex((stop, index) => index > 0 && stop.description === stops[0]?.description);
    if (again > 0) return stops.slice(0, again);
    if (left) return stops;
  }
  throw new Error('Tab went on for 400 stops without coming round to the first');
}

for (const path of [
  '/',
  '/chapters/01-foundations/',
  '/en/chapters/01-foundations/',
  '/chapters/02-relationship-marketing/',
  '/en/chapters/02-relationship-marketing/',
  '/chapters/04-satisfaction/',
  '/en/chapters/04-satisfaction/',
  '/exam/01-foundations/',
  '/en/exam/mock/',
  '/en/assignment/',
  '/instructor/',
  '/en/instructor/',
  '/gradebook/',
  '/en/gradebook/',
]) {
  test(`${path}: every control is reachable by Tab, shows its focus, and none traps it`, async ({ page }) => {
    // Chapter 4, with three widgets and its quiz, takes about a minute to walk on a busy machine.
    test.setTimeout(120_000);
    // Scrolling to each focused control is then instant: the walk judges where focus goes, not how.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(await withSampleFragment(path));
    for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const stops = await tabThrough(page);

    expect(stops.length).toBeGreaterThan(3);
    const withoutRing = stops.filter((stop) => stop.outline < 2).map((stop) => stop.description);
    expect(withoutRing).toEqual([]);

    // Every widget is reached, the churn widget through to its last control, and focus leaves each again.
    const widgets = await page.locator('.widget').count();
    for (let widget = 0; widget < widgets; widget++) {
      expect(stops.some((stop) => stop.widget === widget)).toBe(true);
      expect(stops.findLastIndex((stop) => stop.widget === widget)).toBeLessThan(stops.length - 1);
    }
    if (await page.locator('#churn-reset').count())
      expect(stops.map((stop) => stop.description).join('\n')).toContain('#churn-reset');
  });
}
