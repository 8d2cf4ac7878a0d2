/**
 * The LMS packages the site build wrote into scorm/ for the instructor's page, at the root and
 * under /crm/: one per chapter and language, each naming its chapter in its manifest and, from the
 * /crm/ build too, with no URL left that starts at the site's root or its base.
 * The packages `npm run scorm` wrote from this build (npm test runs it after the build): one
 * per chapter and language, each with a manifest valid against the SCORM 1.2 schemas that lists
 * exactly the files the zip holds, both pages of the chapter, the adapter loaded before any other
 * script, and no root-absolute URL left that an LMS serving the package from a sub-path would break.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../unit/lib/scorm/scormSchemas.ts';

const folder = 'dist-scorm';
const chapters = readdirSync('content/chapters/zh-cn').map((file) => file.replace(/\.mdx$/, ''));
const expected = chapters.flatMap((slug) => [`crm-${slug}-zh-cn.zip`, `crm-${slug}-en.zip`]).sort();

describe.each([
  { dir: 'dist', base: '/' },
  { dir: 'dist-base', base: '/crm/' },
])('the SCORM packages in $dir/scorm/', ({ dir }) => {
  it('exist for every chapter in both languages', () => {
    expect(readdirSync(`${dir}/scorm`).sort()).toEqual(expected);
  });

  it.each(expected)('%s launches its chapter and keeps every URL relative', (name) => {
    const files = unzipSync(readFileSync(`${dir}/scorm/${name}`));
    const [, slug, locale] = /^crm-(.+)-(zh-cn|en)\.zip$/.exec(name)!;
    const prefix = locale === 'en' ? 'en/' : '';
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    expect(manifest).toContain(`adlcp:scormtype="sco" href="${prefix}chapters/${slug}/index.html"`);
    for (const page of [`${prefix}chapters/${slug}/index.html`, `${prefix}quizzes/${slug}/index.html`]) {
      const html = new TextDecoder().decode(files[page]);
      expect(html.match(/\s[\w-]+="\/[^"]*"|url\(\/[^)]*\)|&quot;\/[^&]*&quot;/g) ?? [], page).toEqual([]);
      // Links out to the public site keep its address (with its base); nothing else names the base.
      expect(html.replace(/https?:\/\/[^"\s]*/g, '').includes('/crm/'), page).toBe(false);
    }
    for (const path of Object.keys(files).filter((path) => path.endsWith('.js')))
      expect(new TextDecoder().decode(files[path]).includes('`/crm/`'), path).toBe(false);
  });
});

describe('SCORM packages', () => {
  it('exist for every chapter in both languages', () => {
    expect(existsSync(folder), 'run npm run scorm after the build').toBe(true);
    expect(readdirSync(folder).sort()).toEqual(expected);
  });

  it.each(expected)('%s is a valid package of its chapter', async (name) => {
    const files = unzipSync(readFileSync(`${folder}/${name}`));
    const text = (path: string) => new TextDecoder().decode(files[path]);
    const manifest = text('imsmanifest.xml');
    expect((await validateManifest(manifest)).errors).toEqual([]);

    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((match) =>
      match[1]!.replaceAll('&amp;', '&'),
    );
    expect(listed.sort()).toEqual(
      Object.keys(files)
        .filter((path) => path !== 'imsmanifest.xml')
        .sort(),
    );

    // Every chunk a packaged script names (static and dynamic imports, workers) is packaged too.
    const astroFiles = readdirSync('dist/_astro');
    for (const path of Object.keys(files).filter((path) => path.startsWith('_astro/') && path.endsWith('.js')))
      for (const name of astroFiles.filter((name) => text(path).includes(name)))
        expect(files[`_astro/${name}`], `${path} names ${name}`).toBeDefined();

    const [, slug, locale] = /^crm-(.+)-(zh-cn|en)\.zip$/.exec(name)!;
    const prefix = locale === 'en' ? 'en/' : '';
    const pages = [`${prefix}chapters/${slug}/index.html`, `${prefix}quizzes/${slug}/index.html`];
    expect(manifest).toContain(`adlcp:scormtype="sco" href="${pages[0]}"`);
    for (const page of pages) {
      const html = text(page);
      const firstScript = html.indexOf('<script');
      expect(html.slice(firstScript, firstScript + 60)).toMatch(/^<script src="(\.\.\/)+scorm-adapter\.js"/);
      expect(html.includes(`data-chapter="${slug}"`), 'the adapter names the chapter').toBe(true);
      expect(html.match(/\s(?:href|src|component-url|renderer-url)="\/[^"]*"/g) ?? []).toEqual([]);
      expect(html.includes('serviceWorker'), 'no service worker').toBe(false);
      expect(html.includes('class="language-link"'), 'no language switch').toBe(false);
      expect(html.includes('data-search-open'), 'no search box').toBe(false);
      // Every script the page names is in the package.
      for (const [, url] of html.matchAll(/(?:component-url|renderer-url|src)="([^"]+\.js)"/g)) {
        const path = new URL(url!, `http://package/${page}`).pathname.slice(1);
        expect(files[path], `${page} loads ${url}`).toBeDefined();
      }
    }
  });
});
