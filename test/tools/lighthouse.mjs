/**
 * Lighthouse on built pages with mobile settings and simulated throttling (the defaults), in the
 * same Chromium the end-to-end tests use. Each page is audited several times and the median
 * score per category is kept, so one noisy run cannot fail or pass a gate on its own.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserArgs, browserExecutable } from './browser.mjs';
import { chromium } from '@playwright/test';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Median Lighthouse scores (0–100) per category for one URL.
 * @param {string} url
 * @param {number} runs
 * @returns {Promise<{ scores: Record<string, number>, failing: string[] }>}
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
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: categories });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
      for (const category of categories)
        samples[category]?.push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
      for (const audit of Object.values(lhr.audits)) {
        if (audit.score !== null && audit.score < 0.9) {
          failing.add(`${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
    const scores = Object.fromEntries(categories.map((category) => [category, median(samples[category] ?? [])]));
    return { scores, failing: [...failing] };
  } finally {
    chrome.kill();
  }
}
