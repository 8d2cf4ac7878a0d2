/**
 * Which Chromium the end-to-end tests drive: Playwright's own where it is installed, otherwise the
 * system's (Debian's `chromium` at /usr/bin/chromium). Shared by the config and ensure-browser.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function playwrightBrowserInstalled() {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

export function systemChromium() {
  return systemPaths.find((path) => existsSync(path));
}

/** undefined means "let Playwright use its own browser". */
export function browserExecutable() {
  return playwrightBrowserInstalled() ? undefined : systemChromium();
}

/** Flags for a root, offline, headless machine; harmless on a developer's laptop. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
