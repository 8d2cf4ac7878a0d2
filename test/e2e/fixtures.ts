/**
 * The `test` every spec uses: it fails a test on any console error or page error, and on any
 * request to another origin (the course must work offline and keep everything on the device).
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ guard: void; allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        const allowed = allowedConsoleErrors.some((pattern) => pattern.test(message.text()));
        if (message.type() === 'error' && !allowed) problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && new URL(url).origin !== origin)
          problems.push(`request to another origin: ${url}`);
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Resolves once every island that should have hydrated by now has (Astro removes the `ssr`
 * attribute): all of them but the `client:visible` and `client:near` ones still out of view. The
 * island holding the focused element always counts as in view, since a keystroke is about to land in it.
 */
export async function waitForIslands(page: Page) {
  await page.waitForFunction(() => {
    // Judge "in view" only once smooth scrolling (e.g. to a focused field) has come to rest: the
    // same position for three frames in a row, as a scroll may not have begun on the next frame.
    const memory = window as unknown as { lastScrollY?: number; restingFrames?: number };
    memory.restingFrames = memory.lastScrollY === window.scrollY ? (memory.restingFrames ?? 0) + 1 : 0;
    memory.lastScrollY = window.scrollY;
    return (
      memory.restingFrames >= 3 &&
      [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
        const waitsForView = ['visible', 'near'].includes(island.getAttribute('client') ?? '');
        if (!waitsForView || island.contains(document.activeElement)) return false;
        // <astro-island> is display: contents and has no box of its own: measure what it holds.
        const box = (island.firstElementChild ?? island).getBoundingClientRect();
        return box.bottom < 0 || box.top > window.innerHeight;
      })
    );
  });
}

/**
 * Moves focus to the element with this id by the keyboard alone, as a keyboard user would: Tab,
 * or Shift+Tab when the element lies behind the focused one. Fails if it is never reached.
 */
export async function tabTo(page: Page, id: string) {
  // A widget is inert until it has hydrated, so Tab cannot reach it yet: scroll to it first, as a
  // keyboard user would (Space, Page Down), and wait until it responds.
  const target = page.locator(`#${id}`);
  if (await target.evaluate((element) => element.closest('[inert]') !== null).catch(() => false)) {
    await target.scrollIntoViewIfNeeded();
    await page.waitForFunction((target) => !document.getElementById(target)?.closest('[inert]'), id);
  }
  // Start at the top of the target's widget, as a keyboard user who scrolled there would (focus
  // on its title, which a reader's click would also make the starting point). keyboard.spec.ts proves Tab reaches every widget
  // from the top of the page; walking there again would cross every glossary link of the chapter.
  const title = page.locator(`.widget:has(#${id}) .widget-title`);
  const outside = await page.evaluate((target) => {
    const widget = document.getElementById(target)?.closest('.widget');
    return widget !== null && widget !== undefined && !widget.contains(document.activeElement);
  }, id);
  if (outside && (await title.count()) === 1)
    await title.evaluate((heading: HTMLElement) => {
      heading.tabIndex = -1;
      heading.focus();
    });
  for (let presses = 0; presses < 600; presses++) {
    const where = await page.evaluate((target) => {
      const active = document.activeElement;
      if (active?.id === target) return 'here';
      const element = document.getElementById(target);
      if (!element || !active || active === document.body) return 'after';
      return active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
    }, id);
    if (where === 'here') return;
    await page.keyboard.press(where === 'before' ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`#${id} never received focus from the keyboard`);
}

/** Replaces the focused field's text, as select-all then typing. */
export async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Fills the page's local storage to the last character (big blocks first, then ever smaller), so the next write fails as on a full device. */
export async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let filler = 0;
    for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          localStorage.setItem(`filler-${filler++}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    }
  });
}

/**
 * Scrolls to the top of the page before an axe scan. Wherever a scroll stopped, the sticky header
 * may cover part of a control, and axe then counts that control as too small a target; at the top
 * the header covers nothing (a reader scrolls a control out from under it before using it).
 */
export async function scrollTopForScan(page: Page) {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}
