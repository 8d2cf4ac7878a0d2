/**
 * The script a browser actually fetches for a page, gzipped, in three phases (each includes the
 * ones before it):
 * - onLoad: script requests that started before the window `load` event;
 * - settled: everything fetched once the page has loaded and, with no scroll or input, the
 *   browser has been idle and the network quiet for a second (client:idle islands, idle prefetch);
 * - fullScroll: everything fetched after scrolling step by step to the bottom of the page, so
 *   every client:visible island has intersected the viewport, and the network is quiet again.
 * Counted are the bodies of responses to the page's script requests (JavaScript modules and
 * classic scripts), each gzipped here since `astro preview` does not compress. Inline scripts are
 * part of the HTML and not counted. Scripts a Web Worker loads are listed apart in `workers` and
 * not counted in the phases. Used by the script budgets in test/e2e and by `npm run bench`.
 */
import { gz } from './page-weight.mjs';

/**
 * @typedef {{ url: string, gz: number }} FetchedScript
 * @typedef {{ gz: number, scripts: FetchedScript[] }} Phase
 * @typedef {{ onLoad: Phase, settled: Phase, fullScroll: Phase, workers: FetchedScript[] }} ScriptFetch
 */

/** How long the network must stay quiet to count as idle. */
const quietMs = 1000;

/**
 * Tracks a page's requests in flight, so a caller can wait until the network has been quiet.
 * @param {import('@playwright/test').Page} page
 */
export function networkWatch(page) {
  let inFlight = 0;
  let lastActivity = Date.now();
  const start = () => {
    inFlight++;
    lastActivity = Date.now();
  };
  const end = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return {
    /** Resolves once no request has been in flight for `ms` (or after `timeoutMs` regardless). */
    async quiet(ms = quietMs, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (inFlight === 0 && Date.now() - lastActivity >= ms) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/**
 * Resolves after the page's idle callbacks registered up to now (and during the load event) have
 * run: a client:idle island or an idle prefetch has at least started its requests by then.
 * @param {import('@playwright/test').Page} page
 */
export async function browserIdle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const idle = (/** @type {() => void} */ then) =>
          'requestIdleCallback' in window ? requestIdleCallback(then, { timeout: 5000 }) : setTimeout(then, 200);
        // Twice: callbacks registered by the first batch of idle work get their turn too.
        setTimeout(() => idle(() => idle(() => resolve(undefined))), 0);
      }),
  );
}

/**
 * Scrolls to the bottom a part of a viewport at a time, pausing on each step for the island
 * directives' IntersectionObservers, until the page (which may grow as islands hydrate) ends.
 * @param {import('@playwright/test').Page} page
 */
export async function scrollThrough(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
    for (let steps = 0; steps < 500; steps++) {
      const end = document.documentElement.scrollHeight - window.innerHeight;
      if (window.scrollY >= end - 1) break;
      window.scrollTo({ top: Math.min(end, window.scrollY + window.innerHeight * 0.75), behavior: 'instant' });
      await frame();
      await frame();
      await pause();
    }
  });
}

/**
 * @param {{ url: string, gz: number, start: number }[]} scripts
 * @returns {Phase}
 */
const phase = (scripts) => ({
  gz: scripts.reduce((sum, script) => sum + script.gz, 0),
  scripts: scripts.map(({ url, gz }) => ({ url, gz })),
});

/**
 * Loads `url` in `page` (use a fresh browser context: nothing cached) and measures the script it
 * fetches in each phase.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @returns {Promise<ScriptFetch>}
 */
export async function scriptFetch(page, url) {
  await page.addInitScript(() => performance.setResourceTimingBufferSize(2000));
  const network = networkWatch(page);
  /** @type {Promise<{ url: string, body: Buffer | null }>[]} */
  const responses = [];
  /** @type {Set<string>} */
  const workerUrls = new Set();
  page.on('worker', (worker) => workerUrls.add(worker.url()));
  page.on('response', (response) => {
    const request = response.request();
    const type = response.headers()['content-type'] ?? '';
    if (request.resourceType() !== 'script' && !/javascript/.test(type)) return;
    responses.push(
      response.body().then(
        (body) => ({ url: response.url(), body }),
        () => ({ url: response.url(), body: null }),
      ),
    );
  });

  await page.goto(url, { waitUntil: 'load' });
  await browserIdle(page);
  await network.quiet();
  const settledCount = responses.length;
  await scrollThrough(page);
  await browserIdle(page);
  await network.quiet();

  // When each script request started, on the page's clock; a worker's own imports are not in the
  // page's resource timeline, so a script missing from it was fetched by a worker.
  const timeline = await page.evaluate(() => ({
    loadEventStart: /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0])
      .loadEventStart,
    starts: performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime]),
  }));
  const starts = new Map(/** @type {[string, number][]} */ (timeline.starts));
  const fetched = (await Promise.all(responses)).map(({ url, body }, index) => ({
    url,
    gz: body ? gz(body) : 0,
    start: starts.get(url),
    index,
  }));
  const isWorker = (/** @type {{ url: string, start: number | undefined }} */ script) =>
    workerUrls.has(script.url) || script.start === undefined;
  const pageScripts = /** @type {{ url: string, gz: number, start: number, index: number }[]} */ (
    fetched.filter((script) => !isWorker(script))
  );
  return {
    onLoad: phase(pageScripts.filter((script) => script.start < timeline.loadEventStart)),
    settled: phase(pageScripts.filter((script) => script.index < settledCount)),
    fullScroll: phase(pageScripts),
    workers: fetched.filter(isWorker).map(({ url, gz }) => ({ url, gz })),
  };
}

/**
 * One line per script, for a failing gate's message.
 * @param {Phase} phase
 */
export const listScripts = (phase) =>
  phase.scripts.map((script) => `${(script.gz / 1024).toFixed(1)} KB ${new URL(script.url).pathname}`).join('\n');
