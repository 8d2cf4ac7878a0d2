/** End-to-end tests against the production build served by `astro preview`. */
import { defineConfig, devices } from '@playwright/test';
import { browserArgs, browserExecutable } from './test/tools/browser.mjs';
import { testOrigin, testPort } from './test/tools/test-server.mjs';

const executablePath = browserExecutable();

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  // A chapter with its glossary links, widgets and quiz takes 20–35 s to walk by keyboard on a busy
  // two-core machine; speed is gated by the benchmarks and script budgets, not by this timeout.
  timeout: 60_000,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // Playwright empties its outputDir on every run; the JSON report lives beside it for npm test's count.
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: testOrigin,
    launchOptions: { args: browserArgs, ...(executablePath ? { executablePath } : {}) },
    // Recording a trace for every test (to keep the failing ones) made the suite about 30 % slower;
    // a failure keeps a screenshot, and `npx playwright test <spec> --trace on` records it again.
    trace: 'off',
    screenshot: 'only-on-failure',
    // Each test's fresh browser would otherwise install the offline worker and download the whole
    // course in the background; test/e2e/offline.spec.ts allows workers and tests them.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /lighthouse/ },
    { name: 'phone', use: { ...devices['Pixel 7'] }, grep: /@phone/, testIgnore: /lighthouse/ },
    // Run alone (npm test does, with one worker) so other tests do not disturb its timings.
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, timeout: 300_000 },
  ],
  webServer: {
    // --ignore-lock: each test step starts its own server on the test port; Astro's lock file,
    // which a server from the step before may still hold for a moment as it shuts down, must not
    // stop the next step from starting.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${testPort}`,
    url: `${testOrigin}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
