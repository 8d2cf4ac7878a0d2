/**
 * The `test` every spec uses: it fails a test on any console error or page error, and on any
 * request to another origin (the course must work offline and keep everything on the device).
 */
import { test as base, expect } from '@playwright/test';

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

/** Resolves once every island on the page has hydrated (Astro removes the `ssr` attribute). */
export async function waitForIslands(page: import('@playwright/test').Page) {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}
