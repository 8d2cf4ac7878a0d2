/**
 * A keyboard-only pass through each page: Tab reaches every control, including each widget's,
 * every focused control shows a visible focus ring, and focus moves on past the widgets (no trap).
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures.ts';

interface Stop {
  description: string;
  outline: number;
  /** Which of the page's widgets (in document order) holds the focused control, or -1. */
  widget: number;
}

/** Tabs through the whole page once, recording each stop, until focus leaves the document's end. */
async function tabThrough(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} ${(element.textContent ?? '').trim().slice(0, 30)}`,
        outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
        widget: [...document.querySelectorAll('.widget')].indexOf(element.closest('.widget') as Element),
      };
    });
    if (!stop) break;
    if (stops.length > 0 && stops[0]!.description === stop.description) break;
    stops.push(stop);
  }
  return stops;
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
]) {
  test(`${path}: every control is reachable by Tab, shows its focus, and none traps it`, async ({ page }) => {
    // Chapter 4, with three widgets and its quiz, takes about a minute to walk on a busy machine.
    test.setTimeout(120_000);
    await page.goto(path);
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
