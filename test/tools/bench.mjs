/**
 * `npm run bench`: measures, never judges (the gates are in `npm test`). Prints the build time;
 * for every built page the script shipped before interaction and the page weight (gz); the largest
 * island; the engines' throughput; and Lighthouse scores (mobile, simulated throttling, median of three runs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { audit } from './lighthouse.mjs';
import { htmlFiles, islandWeights, pageWeight } from './page-weight.mjs';
import { testOrigin, testPort } from './test-server.mjs';
import { compareFirms } from '../../src/lib/churn/churnCompounding.ts';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
const build = spawnSync('astro', ['build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, SITE_URL: testOrigin },
});
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

const files = htmlFiles('dist');
const pages = files.map((file) => pageWeight('dist', file)).sort((a, b) => b.scriptGz - a.scriptGz);
console.log('page'.padEnd(44), 'islands', 'script (gz)'.padStart(12), 'total (gz)'.padStart(12));
for (const page of pages) {
  console.log(
    page.page.padEnd(44),
    String(page.islands.length).padStart(7),
    kb(page.scriptGz).padStart(12),
    kb(page.totalGz).padStart(12),
  );
}

const islands = files.flatMap((file) => islandWeights('dist', readFileSync(file, 'utf8')));
const largest = islands.sort((a, b) => b.ownGz - a.ownGz)[0];
if (largest)
  console.log(
    `\nlargest island: ${largest.component}, ${kb(largest.ownGz)} gz of its own (plus the shared Preact runtime)`,
  );

// Engine throughput: how many two-firm, 30-year churn projections the maths runs per second.
{
  const scenario = { startingCustomers: 1000, newCustomersPerYear: 100, revenuePerCustomer: 1000, years: 30 };
  const runs = 200_000;
  const begun = performance.now();
  for (let i = 0; i < runs; i++) compareFirms(0.05, 0.1 + (i % 10) / 100, scenario);
  const perSecond = runs / ((performance.now() - begun) / 1000);
  console.log(`churn engine: ${Math.round(perSecond).toLocaleString('en')} two-firm 30-year projections per second`);
}

const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(testPort)], { stdio: 'ignore' });
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
