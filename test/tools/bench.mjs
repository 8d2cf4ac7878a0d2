/**
 * `npm run bench`: measures, never judges (budgets are enforced by `npm test`). Prints the build
 * time and, for every built page, the script shipped before interaction and the page weight (gz).
 */
import { spawnSync } from 'node:child_process';
import { htmlFiles, pageWeight } from './page-weight.mjs';

const started = performance.now();
const build = spawnSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pages = htmlFiles('dist')
  .map((file) => pageWeight('dist', file))
  .sort((a, b) => b.scriptGz - a.scriptGz);

console.log(`build: ${buildSeconds.toFixed(1)} s for ${pages.length} pages\n`);
console.log('page'.padEnd(44), 'islands', 'script (gz)'.padStart(12), 'total (gz)'.padStart(12));
for (const page of pages) {
  console.log(
    page.page.padEnd(44),
    String(page.islands.length).padStart(7),
    kb(page.scriptGz).padStart(12),
    kb(page.totalGz).padStart(12),
  );
}
