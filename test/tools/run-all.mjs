/**
 * `npm test`: lint and format checks, type-check, unit tests, production builds (at the root and
 * under a sub-path) and the chapters' SCORM packages from the first, checks of the built files,
 * then the browser tests. Stops at the first failing step and ends with one
 * line that counts every test: "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { testOrigin } from './test-server.mjs';

const steps = [
  ['lint (eslint)', 'eslint', ['.']],
  ['format (prettier)', 'prettier', ['--check', '.']],
  ['type-check (astro check)', 'astro', ['check']],
  [
    'unit tests',
    'vitest',
    ['run', '--project', 'unit', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
  ],
  ['production build', 'astro', ['build'], { SITE_URL: testOrigin }],
  // The chapters' LMS packages from that build, for the dist checks and scorm.spec.ts (the build
  // itself packs them into dist/scorm/ for the instructor's page, with links out to SITE_URL). No
  // SITE_URL here: links to pages a package lacks become plain text, as for a school without a public site.
  ['SCORM packages', 'node', ['scripts/scorm-packages.ts'], { SITE_URL: '' }],
  [
    'production build under /crm/',
    'astro',
    ['build'],
    { SITE_URL: testOrigin, BASE_PATH: '/crm/', OUT_DIR: './dist-base' },
  ],
  [
    'checks of the built site',
    'vitest',
    ['run', '--project', 'dist', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/dist.json'],
  ],
  ['browser check', 'node', ['test/tools/ensure-browser.mjs']],
  ['end-to-end tests', 'playwright', ['test', '--project', 'desktop', '--project', 'phone']],
  [
    'Lighthouse',
    'playwright',
    ['test', '--project', 'lighthouse', '--workers', '1'],
    { E2E_REPORT: 'test-results/lighthouse.json' },
  ],
];

rmSync('test-results', { recursive: true, force: true });
let failedStep;
for (const [name, command, args, env = {}] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  // ASTRO_TELEMETRY_DISABLED: the test run itself sends nothing anywhere either.
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  console.log(`  ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

/** Sums passed and failed tests over the JSON reports the runners wrote. */
function countTests() {
  let passed = 0;
  let failed = 0;
  for (const file of ['unit', 'dist']) {
    const path = `test-results/${file}.json`;
    if (!existsSync(path)) continue;
    const report = JSON.parse(readFileSync(path, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A test file that fails to load has no tests to count; count it as one failure.
    failed += report.testResults.filter(
      (file) => file.status === 'failed' && file.assertionResults.length === 0,
    ).length;
  }
  for (const file of ['e2e', 'lighthouse']) {
    const path = `test-results/${file}.json`;
    if (!existsSync(path)) continue;
    const { stats } = JSON.parse(readFileSync(path, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  return { passed, failed };
}

const { passed, failed } = countTests();
if (failedStep) console.error(`\nnpm test stopped: "${failedStep}" failed.`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failedStep || failed > 0 ? 1 : 0);
