/**
 * Renders the web app's PNG icons from the SVG marks in public/icons/ with headless Chromium (the
 * same browser the tests drive; no network). Run after changing a mark and commit the PNGs:
 * `node_modules/.bin/node scripts/render-icons.mjs`. Browsers that ask for a manifest icon want
 * 192 and 512 px PNGs, and a maskable one that fills the square with the mark inside the safe zone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { browserArgs, browserExecutable } from '../test/tools/browser.mjs';

const icons = [
  { source: 'icon.svg', sizes: [192, 512], name: (size) => `icon-${size}.png` },
  { source: 'icon-maskable.svg', sizes: [192, 512], name: (size) => `icon-maskable-${size}.png` },
];

const executablePath = browserExecutable();
const browser = await chromium.launch({ args: browserArgs, ...(executablePath ? { executablePath } : {}) });
try {
  for (const { source, sizes, name } of icons) {
    const svg = readFileSync(new URL(`../public/icons/${source}`, import.meta.url), 'utf8');
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      const png = await page.screenshot({ omitBackground: true });
      writeFileSync(new URL(`../public/icons/${name(size)}`, import.meta.url), png);
      await page.close();
      console.log(`public/icons/${name(size)}: ${png.length} B`);
    }
  }
} finally {
  await browser.close();
}
