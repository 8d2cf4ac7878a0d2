/**
 * Makes sure the end-to-end tests have a browser: Playwright's own or the system's Chromium; as root
 * on Debian/Ubuntu it installs Debian's `chromium` and says so; otherwise it fails with one line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { playwrightBrowserInstalled, systemChromium } from './browser.mjs';

if (!playwrightBrowserInstalled() && !systemChromium()) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No browser for the end-to-end tests: installing Debian's chromium with apt-get…");
    const run = (args) =>
      spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    run(['update', '-qq']);
    const install = run(['install', '-y', '-qq', 'chromium']);
    if (install.status !== 0 || !systemChromium()) {
      console.error('Could not install chromium with apt-get; install it, or run `npx playwright install chromium`.');
      process.exit(1);
    }
  } else {
    console.error(
      'No browser for the end-to-end tests: run `npx playwright install chromium`, or install Chromium (e.g. `sudo apt-get install chromium`).',
    );
    process.exit(1);
  }
}
