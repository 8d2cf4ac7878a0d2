/**
 * Lighthouse on built pages with mobile settings and simulated throttling (its CPU slowdown
 * calibrated, see below), in the same Chromium the end-to-end tests use. Each page is audited
 * several times and the median score per category is kept, so one noisy run cannot fail or pass
 * a gate on its own.
 *
 * Simulated throttling multiplies the CPU time observed on this host, so a host slowed by other
 * work would score the same page lower. Each run is therefore calibrated, as Chrome DevTools'
 * CPU calibration does, to a mid-tier phone (Pixel 5, Lighthouse benchmark index 1000): the CPU
 * slowdown is the host's benchmark index, measured by the run before, divided by 1000. On an
 * idle machine here that is about 4, Lighthouse's default.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserArgs, browserExecutable } from './browser.mjs';
import { chromium } from '@playwright/test';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * The audits of Lighthouse's former PWA category that the installed version (13) still runs, now
 * spread over other categories: served securely, no plain-HTTP page, a mobile viewport (as an
 * accessibility audit and as a performance insight), and back/forward cache eligibility (a
 * service worker or an unload handler once made pages ineligible). Installability, the manifest
 * and the service worker audits themselves were removed in Lighthouse 12; the dist and e2e tests
 * (test/dist/offline.test.ts, test/e2e/offline.spec.ts) check those instead.
 */
export const pwaAudits = ['is-on-https', 'redirects-http', 'meta-viewport', 'viewport-insight', 'bf-cache'];

/** The benchmark index of a mid-tier phone (Pixel 5), as Chrome DevTools' CPU calibration uses it. */
const midTierPhoneBenchmark = 1000;

/**
 * The CPU slowdown that makes this host behave like a mid-tier phone.
 * @param {number | undefined} hostBenchmark
 */
const cpuSlowdownFor = (hostBenchmark) =>
  Math.max(1, (hostBenchmark ?? 4 * midTierPhoneBenchmark) / midTierPhoneBenchmark);

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Median Lighthouse scores (0–100) per category for one URL.
 * @param {string} url
 * @param {number} runs
 * @returns {Promise<{ scores: Record<string, number>, failing: string[], slowdowns: number[], audits: Record<string, number | null> }>}
 */
export async function audit(url, runs = 3) {
  const chrome = await chromeLauncher.launch({
    chromePath: browserExecutable() ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...browserArgs],
  });
  try {
    /** @type {Record<string, number[]>} */
    const samples = Object.fromEntries(categories.map((category) => [category, []]));
    const failing = new Set();
    /** @type {number[]} */
    const slowdowns = [];
    /**
     * The lowest score each audit got over the scored runs (null: not applicable on every run).
     * @type {Record<string, number | null>}
     */
    const audits = {};
    // The first run only measures the host (and warms the server); its scores are not kept.
    let previous = await run(url, chrome.port);
    for (let scored = 0; scored < runs; scored++) {
      const cpuSlowdownMultiplier = cpuSlowdownFor(previous.environment.benchmarkIndex);
      slowdowns.push(Math.round(cpuSlowdownMultiplier * 10) / 10);
      const lhr = await run(url, chrome.port, { ...previous.configSettings.throttling, cpuSlowdownMultiplier });
      previous = lhr;
      for (const category of categories)
        samples[category]?.push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
      for (const audit of Object.values(lhr.audits)) {
        if (audit.score !== null) audits[audit.id] = Math.min(audits[audit.id] ?? 1, audit.score);
        else if (!(audit.id in audits)) audits[audit.id] = null;
        if (audit.score !== null && audit.score < 0.9) {
          failing.add(`${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
    const scores = Object.fromEntries(categories.map((category) => [category, median(samples[category] ?? [])]));
    return { scores, failing: [...failing], slowdowns, audits };
  } finally {
    chrome.kill();
  }
}

/**
 * One Lighthouse run; `throttling` overrides the mobile default.
 * @param {string} url
 * @param {number} port
 * @param {import('lighthouse').Flags['throttling']} [throttling]
 */
async function run(url, port, throttling) {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    onlyCategories: categories,
    ...(throttling ? { throttling } : {}),
  });
  if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
  return result.lhr;
}
