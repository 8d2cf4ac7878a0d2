/**
 * What the built site promises offline, read from the files: the service worker precaches every
 * built file (pages, scripts, data, icons, the search index when there is one) with a revision,
 * the chapters' LMS packages aside (an instructor's download, not a learner's page),
 * by URLs relative to itself (so the /crm/ build works as the root one does), and names no other
 * host; every page links its own locale's web app manifest, whose start URL and scope stay inside
 * the base path and whose icons exist at the sizes they claim.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, read } from './site.ts';

const builds = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-base', base: '/crm/' },
];

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? allFiles(path) : [path];
  });
}

/** The precache manifest inside sw.js: Workbox writes it as `{url:"…",revision:"…"}` entries. */
function precacheEntries(worker: string): { url: string; revision: string }[] {
  return [...worker.matchAll(/\{url:"([^"]*)",revision:("[^"]*"|null)\}/g)].map(([, url, revision]) => ({
    url: url!,
    revision: revision === 'null' ? '' : revision!.slice(1, -1),
  }));
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), as the format defines them. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

it('reads a precache manifest as Workbox writes it (the parser below is not vacuous)', () => {
  expect(precacheEntries('e=[{url:"index.html",revision:"abc"},{url:"a/b.js",revision:null}]')).toEqual([
    { url: 'index.html', revision: 'abc' },
    { url: 'a/b.js', revision: '' },
  ]);
});

describe.each(builds)('the build in $dir (base $base)', ({ dir, base }) => {
  const worker = read(join(dir, 'sw.js'));
  const entries = precacheEntries(worker);

  it('precaches every built file but the worker itself and the SCORM packages, each with a revision', () => {
    const all = allFiles(dir).map((file) => relative(dir, file).split('\\').join('/'));
    const built = all.filter((file) => file !== 'sw.js' && !file.startsWith('scorm/')).sort();
    expect(
      all.some((file) => /^scorm\/crm-.+\.zip$/.test(file)),
      'the build writes the packages',
    ).toBe(true);
    expect(entries.map((entry) => entry.url).sort()).toEqual(built);
    for (const entry of entries) expect(entry.revision, entry.url).toMatch(/^[0-9a-f]{32}$/);
    // What a learner needs offline, named so a change that drops one is caught here.
    for (const needed of [
      'index.html',
      'en/index.html',
      'offline/index.html',
      'exam/index.html',
      'en/exam/index.html',
      'exam/mock/index.html',
      'en/exam/mock/index.html',
      'exam/01-foundations/index.html',
      'en/exam/01-foundations/index.html',
      'data/sample-customers.json',
      'data/kano-ride-hailing-zh-cn.csv',
      'data/kano-ride-hailing-en.csv',
      'manifest-en.webmanifest',
      'icons/icon-512.png',
    ])
      expect(built, needed).toContain(needed);
    if (existsSync(join(dir, 'pagefind'))) expect(built.some((file) => file.startsWith('pagefind/'))).toBe(true);
  });

  it('addresses the precache relative to the worker, so the base path comes from where it is served', () => {
    for (const { url } of entries) expect(url, url).not.toMatch(/^(\/|[a-z]+:)/);
  });

  it('serves stored pages for their directory URLs, ignores query strings, and falls back to the offline page', () => {
    expect(worker).toContain('directoryIndex:"index.html"');
    expect(worker).toMatch(/ignoreURLParametersMatching:\[\/\.\*\/\]/);
    expect(worker).toContain('"offline/index.html"');
    expect(worker).toContain('SKIP_WAITING');
  });

  it('names no other host (a link in a warning message aside, which is never fetched)', () => {
    const hosts = [...worker.matchAll(/https?:\/\/[^\s"'`)]+/g)].map(([url]) => url);
    expect(hosts.filter((url) => !url.startsWith('https://bit.ly/wb-'))).toEqual([]);
  });

  it('links every page to its own locale’s manifest and registers the worker for the base path', () => {
    for (const page of htmlFiles(dir)) {
      const html = read(page);
      const english = relative(dir, page).startsWith('en/');
      expect(html, page).toContain(
        `<link rel="manifest" href="${base}manifest-${english ? 'en' : 'zh-cn'}.webmanifest">`,
      );
      expect(html, page).toContain(`data-service-worker="${base}sw.js" data-scope="${base}"`);
    }
  });

  it.each([
    ['zh-cn', 'zh-CN', base, 'CRM 课程'],
    ['en', 'en', `${base}en/`, 'CRM course'],
  ])('has a %s manifest inside the base path, in its language, with icons that exist', (id, lang, root, short) => {
    const manifest = JSON.parse(read(join(dir, `manifest-${id}.webmanifest`))) as {
      lang: string;
      short_name: string;
      start_url: string;
      scope: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest.lang).toBe(lang);
    expect(manifest.short_name).toBe(short);
    expect(manifest.start_url).toBe(root);
    expect(manifest.scope).toBe(root);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    const purposes = new Set(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`));
    for (const needed of ['192x192 any', '512x512 any', '512x512 maskable', 'any monochrome'])
      expect(purposes, needed).toContain(needed);
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(base), icon.src).toBe(true);
      const file = join(dir, icon.src.slice(base.length));
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type === 'image/png') expect(pngSize(file).join('x')).toBe(icon.sizes);
    }
  });
});
