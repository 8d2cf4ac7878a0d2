/**
 * `npm run screenshots`: pictures a reviewer can look through without a phone. For every chapter,
 * in both languages and both themes, on a 390 × 844 phone: the chapter's top, and each widget once
 * it has hydrated. Builds the site if there is no build, serves it, and writes PNG files to
 * screenshots/<locale>-<theme>/ (not committed). Not part of `npm test`: it asserts nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { browserArgs, browserExecutable } from '../test/tools/browser.mjs';
import { testOrigin, testPort } from '../test/tools/test-server.mjs';

const out = 'screenshots';
const locales = [
  { id: 'zh-cn', prefix: '' },
  { id: 'en', prefix: '/en' },
];
const themes = ['light', 'dark'];

if (!existsSync('dist/index.html')) {
  const build = spawnSync('npx', ['astro', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: testOrigin },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const chapters = readdirSync('dist/chapters').filter((name) => existsSync(`dist/chapters/${name}/index.html`));

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(testPort)], {
  stdio: 'ignore',
});
const stop = () => server.kill();
process.on('exit', stop);

/** Waits until the preview server answers. */
async function serverReady() {
  for (let tries = 0; tries < 120; tries++) {
    try {
      if ((await fetch(`${testOrigin}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no server at ${testOrigin}`);
}

/** Every island on the page has hydrated (islands load when near the viewport, so scroll to each first). */
async function hydrate(page) {
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, {
    timeout: 30_000,
  });
}

await serverReady();
rmSync(out, { recursive: true, force: true });
const executablePath = browserExecutable();
const browser = await chromium.launch({ args: browserArgs, ...(executablePath ? { executablePath } : {}) });
let count = 0;
const failed = [];
for (const locale of locales) {
  for (const theme of themes) {
    const dir = `${out}/${locale.id}-${theme}`;
    mkdirSync(dir, { recursive: true });
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      colorScheme: theme,
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    for (const chapter of chapters) {
      await page.goto(`${testOrigin}${locale.prefix}/chapters/${chapter}/`);
      await page.screenshot({ path: `${dir}/${chapter}-top.png` });
      count++;
      await hydrate(page);
      // The sticky header would cover the top of each widget's picture.
      await page.addStyleTag({ content: '.site-header { position: static !important; }' });
      const widgets = page.locator('section.widget');
      for (let n = 0; n < (await widgets.count()); n++) {
        const widget = widgets.nth(n);
        // Named by its title's id (churn-compounding-title → churn-compounding).
        const titleId = (await widget.getAttribute('aria-labelledby')) ?? `widget-${n + 1}`;
        const name = titleId.replace(/-title$/, '');
        await widget.scrollIntoViewIfNeeded();
        try {
          await widget.screenshot({ path: `${dir}/${chapter}-${name}.png`, animations: 'disabled', timeout: 60_000 });
          count++;
        } catch (error) {
          failed.push(`${dir}/${chapter}-${name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        }
      }
    }
    await context.close();
  }
}
await browser.close();
console.log(`${count} screenshots in ${out}/`);
for (const failure of failed) console.error(`not taken: ${failure}`);
stop();
process.exitCode = failed.length ? 1 : 0;
