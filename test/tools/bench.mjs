/**
 * `npm run bench`: measures, never judges (the gates are in `npm test`). Prints the build time;
 * for every built page the script it could ever load, counted from the files, and the page weight
 * (gz); each island's own script, largest first; the engines' throughput; for every page the
 * script a browser fetches (gz) on load, once settled and after a full scroll; how long each
 * chapter widget takes to become interactive after it is scrolled into view on a throttled phone
 * (median of three runs); the gradebook's time for 50 full-course reports; the offline precache
 * (files and bytes a learner's browser stores after the first visit); and Lighthouse scores
 * (mobile, simulated throttling, median of three runs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { browserArgs, browserExecutable } from './browser.mjs';
import { cpuSlowdown, medianReady, slowNetwork } from './island-ready.mjs';
import { audit } from './lighthouse.mjs';
import { htmlFiles, islandWeights, pageWeight } from './page-weight.mjs';
import { scriptFetch } from './script-fetch.mjs';
import { gradebookBench, gradebookLine } from './gradebook-bench.mjs';
import { testOrigin, testPort } from './test-server.mjs';
import { compareFirms } from '../../src/lib/churn/churnCompounding.ts';
import { validateQueueConfig } from '../../src/lib/queue/queueConfig.ts';
import { simulate } from '../../src/lib/queue/queueSimulation.ts';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
const build = spawnSync('astro', ['build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, SITE_URL: testOrigin },
});
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s`);

// The offline precache, read from the worker the build wrote: what the first visit downloads in the background.
{
  const urls = [...readFileSync('dist/sw.js', 'utf8').matchAll(/\{url:"([^"]*)",revision:/g)].map(([, url]) => url);
  const files = urls.map((url) => join('dist', /** @type {string} */ (url)));
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const gz = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  console.log(
    `offline precache: ${urls.length} files, ${bytes.toLocaleString('en')} bytes (${kb(bytes)}; ${kb(gz)} gz)\n`,
  );
}

const files = htmlFiles('dist');
const pages = files.map((file) => pageWeight('dist', file)).sort((a, b) => b.scriptGz - a.scriptGz);
// Island code is what a reader fetches once scrolled past every island; on demand, what islands load only when asked.
console.log(
  'page'.padEnd(44),
  'islands',
  'island code'.padStart(12),
  'on demand'.padStart(12),
  'script (gz)'.padStart(12),
  'total (gz)'.padStart(12),
);
for (const page of pages) {
  console.log(
    page.page.padEnd(44),
    String(page.islands.length).padStart(7),
    kb(page.moduleScriptGz).padStart(12),
    kb(page.onDemandScriptGz).padStart(12),
    kb(page.scriptGz).padStart(12),
    kb(page.totalGz).padStart(12),
  );
}

const islands = files.flatMap((file) => islandWeights('dist', readFileSync(file, 'utf8')));
// Each island once, heaviest first: what it adds beyond the shared Preact runtime.
const byComponent = new Map(islands.map((island) => [island.component.replace(/\.[\w-]+\.js$/, ''), island]));
const ranked = [...byComponent.entries()].sort(([, a], [, b]) => b.ownGz - a.ownGz);
console.log('\nisland'.padEnd(44), 'own script (gz, beyond the shared Preact runtime)');
for (const [name, island] of ranked) console.log(name.padEnd(44), kb(island.ownGz).padStart(12));
if (ranked[0]) console.log(`largest island: ${ranked[0][0]}, ${kb(ranked[0][1].ownGz)} gz of its own`);

// Engine throughput: how many two-firm, 30-year churn projections the maths runs per second.
{
  const scenario = { startingCustomers: 1000, newCustomersPerYear: 100, revenuePerCustomer: 1000, years: 30 };
  const runs = 200_000;
  const begun = performance.now();
  for (let i = 0; i < runs; i++) compareFirms(0.05, 0.1 + (i % 10) / 100, scenario);
  const perSecond = runs / ((performance.now() - begun) / 1000);
  console.log(`churn engine: ${Math.round(perSecond).toLocaleString('en')} two-firm 30-year projections per second`);
}

// Queue simulator: customers simulated per second, results and per-customer records included
// (four servers at 90 % utilisation, one line, 100 000 customers, three seeds).
{
  let customers = 0;
  const begun = performance.now();
  for (let seed = 1; seed <= 3; seed++) {
    const validation = validateQueueConfig({
      servers: 4,
      arrivals: { kind: 'poisson', ratePerMinute: 3.6 },
      service: { kind: 'exponential', meanMinutes: 1 },
      customers: 100_000,
      seed,
    });
    if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
    customers += simulate(validation.config).arrived;
  }
  const perSecond = customers / ((performance.now() - begun) / 1000);
  console.log(`queue simulator: ${Math.round(perSecond).toLocaleString('en')} simulated customers per second`);
}

// Gradebook: 50 full-course reports read, tabled, charted and exported (issue #19 asks for under a second).
console.log(gradebookLine(gradebookBench()));

const server = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(testPort)], {
  stdio: 'ignore',
});
try {
  for (let tries = 0; tries < 50; tries++) {
    if (
      await fetch(`${testOrigin}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(200);
  }
  const chapters = pages.filter((page) => /^\/chapters\/[^/]+\/$/.test(page.page));
  const executablePath = browserExecutable();
  const browser = await chromium.launch({ args: browserArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    console.log('\nscript fetched by a browser (gz; desktop, unthrottled; each phase includes the ones before)');
    console.log('page'.padEnd(44), 'on load'.padStart(10), 'settled'.padStart(10), 'full scroll'.padStart(12));
    const byPath = [...pages].sort((a, b) => a.page.localeCompare(b.page));
    // Three pages at a time: sizes do not depend on timing, and each phase waits for idle.
    for (let i = 0; i < byPath.length; i += 3) {
      const batch = byPath.slice(i, i + 3);
      const results = await Promise.all(
        batch.map(async ({ page: path }) => {
          const context = await browser.newContext();
          try {
            return await scriptFetch(await context.newPage(), `${testOrigin}${path}`);
          } finally {
            await context.close();
          }
        }),
      );
      results.forEach((result, j) =>
        console.log(
          /** @type {{ page: string }} */ (batch[j]).page.padEnd(44),
          kb(result.onLoad.gz).padStart(10),
          kb(result.settled.gz).padStart(10),
          kb(result.fullScroll.gz).padStart(12),
        ),
      );
    }

    // Each chapter widget once, on the first chapter page that has it.
    /** @type {Map<string, { page: string, index: number }>} */
    const widgets = new Map();
    for (const chapter of [...chapters].sort((a, b) => a.page.localeCompare(b.page))) {
      chapter.islands.forEach((tag, index) => {
        const name = tag.match(/component-url="[^"]*\/([\w-]+)\.[\w-]+\.js"/)?.[1] ?? `island ${index}`;
        if (!widgets.has(name)) widgets.set(name, { page: chapter.page, index });
      });
    }
    console.log(
      `\nwidget ready after it is scrolled into view (0 ms: ready before; phone; ${(slowNetwork.downloadThroughput * 8) / 1000} kbps, ` +
        `${slowNetwork.latency} ms round trip, ${cpuSlowdown}× CPU slowdown; median of 3 runs)`,
    );
    for (const [name, { page, index }] of widgets) {
      const { median, times } = await medianReady(browser, `${testOrigin}${page}`, index);
      const runs = times.map((ms) => Math.round(ms)).join(', ');
      console.log(
        `${name.padEnd(28)} ${page.padEnd(36)} ${`${Math.round(median)} ms`.padStart(8)}  (runs: ${runs} ms)`,
      );
    }
  } finally {
    await browser.close();
  }

  const heavy = chapters[0];
  const textOnly = chapters.find((page) => page.islands.length === 0);
  console.log('\nLighthouse (mobile, simulated throttling, median of 3)');
  for (const [name, page] of [
    ['home', '/'],
    ['widget-heaviest chapter', heavy?.page],
    ['text-only chapter', textOnly?.page],
  ]) {
    if (!page) continue;
    const { scores } = await audit(`${testOrigin}${page}`);
    console.log(
      `${name.padEnd(24)} ${page.padEnd(36)} ${Object.entries(scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
} finally {
  server.kill();
}
