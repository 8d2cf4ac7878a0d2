/**
 * How soon an island is ready once a reader scrolls to it, on a slow phone: Chromium's network
 * throttled to 400 kbps both ways with a 400 ms round trip, and its CPU slowed 4×. The page is
 * loaded and left to settle as a reader who reads a little first would (idle, the network quiet,
 * then 2 s more); then the island is scrolled into view and timed until it is interactive, which
 * is when Astro's island runtime removes the `ssr` attribute from <astro-island> (after the
 * renderer has hydrated it). Used by `npm run bench`.
 */
import { devices } from '@playwright/test';
import { browserIdle, networkWatch } from './script-fetch.mjs';

/** Chrome DevTools protocol network conditions: bytes per second, milliseconds. */
export const slowNetwork = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
export const cpuSlowdown = 4;

/**
 * Milliseconds from scrolling the page's `index`th <astro-island> into view until it has
 * hydrated, in a fresh phone-sized context; 0 when it had hydrated before it was scrolled to.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {number} index
 */
export async function readyAfterScroll(browser, url, index) {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', slowNetwork);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const network = networkWatch(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await browserIdle(page);
    await network.quiet(1000, 120_000);
    await page.waitForTimeout(2000);
    return await page.evaluate(
      (index) =>
        new Promise((resolve, reject) => {
          const island = document.querySelectorAll('astro-island')[index];
          if (!island) return reject(new Error(`no island ${index}`));
          if (!island.hasAttribute('ssr')) return resolve(0);
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (island.hasAttribute('ssr')) return;
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(island, { attributes: true, attributeFilter: ['ssr'] });
          // <astro-island> is display: contents and has no box: scroll what it holds.
          (island.firstElementChild ?? island).scrollIntoView({ block: 'start', behavior: 'instant' });
        }),
      index,
    );
  } finally {
    await context.close();
  }
}

/**
 * The median of `runs` measurements, and each run's time.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {number} index
 */
export async function medianReady(browser, url, index, runs = 3) {
  /** @type {number[]} */
  const times = [];
  for (let run = 0; run < runs; run++) times.push(await readyAfterScroll(browser, url, index));
  const sorted = [...times].sort((a, b) => a - b);
  return { median: /** @type {number} */ (sorted[Math.floor(sorted.length / 2)]), times };
}
