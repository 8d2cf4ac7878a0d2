/**
 * The built site links only to itself: every internal URL stays inside the base path and points
 * at a file that exists, and nothing is loaded from another host. Checked at the root build
 * (dist/) and at a build under a sub-path (dist-base/, BASE_PATH=/crm/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, read, referencedUrls } from './site.ts';
import { testOrigin } from '../tools/test-server.mjs';

const builds = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-base', base: '/crm/' },
];

/** The file a static host would serve for a URL path inside the base. */
function servedFile(dir: string, base: string, url: string): string {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!).slice(base.length);
  return path === '' || path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
}

describe.each(builds)('the build in $dir (base $base)', ({ dir, base }) => {
  const pages = htmlFiles(dir);

  it.each(['index.html', 'en/index.html'])('%s promises only what chapters teach, each linked to them', (page) => {
    const list = /<ul class="learn-list"[^>]*>([\s\S]*?)<\/ul>/.exec(read(join(dir, page)))![1]!;
    const items = list.split('</li>').filter((item) => item.includes('<li'));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(new RegExp(`<a href="${base}(en/)?chapters/\\d{2}-[a-z-]+/"`));
  });

  it('has the home page, the English home page and chapter 1 in both locales', () => {
    for (const page of [
      'index.html',
      'en/index.html',
      'chapters/01-foundations/index.html',
      'en/chapters/01-foundations/index.html',
    ]) {
      expect(existsSync(join(dir, page)), page).toBe(true);
    }
  });

  it('keeps every link, asset and island inside the base path, pointing at files that exist', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const reference of referencedUrls(read(page))) {
        const { attribute } = reference;
        // The test builds' SITE_URL is the test server: absolute links to it are links to this site.
        const url = reference.url.startsWith(testOrigin) ? reference.url.slice(testOrigin.length) : reference.url;
        if (url.startsWith('#') || url.startsWith('data:') || url.startsWith('mailto:')) continue;
        if (/^[a-z]+:/i.test(url) || url.startsWith('//')) {
          problems.push(`${page}: ${attribute}="${url}" leaves the site`);
        } else if (!url.startsWith('/')) {
          problems.push(`${page}: ${attribute}="${url}" is relative; links are written from the base`);
        } else if (!url.startsWith(base)) {
          problems.push(`${page}: ${attribute}="${url}" escapes the base path ${base}`);
        } else if (!existsSync(servedFile(dir, base, url))) {
          problems.push(`${page}: ${attribute}="${url}" points at nothing`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('loads the widget islands from inside the base path', () => {
    const html = read(join(dir, 'chapters/01-foundations/index.html'));
    expect(html).toMatch(new RegExp(`component-url="${base}_astro/`));
    expect(html).toMatch(new RegExp(`renderer-url="${base}_astro/`));
  });
});
