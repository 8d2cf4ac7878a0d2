/**
 * The glossary in the built site, at the root build and under /crm/: a page per locale with every
 * term of the glossary file at its own anchor; chapters whose terms are in the glossary link them
 * from their text, each at most once per section, never in a heading, and each link described by a
 * definition on the same page; every link to a glossary entry lands on an anchor that exists, in
 * the glossary of the link's own locale.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../src/integrations/glossaryLinks.ts';
import { htmlFiles, read } from './site.ts';

const builds = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-base', base: '/crm/' },
].filter(({ dir }) => existsSync(dir));
const terms = readGlossary();
const locales = [
  { prefix: '', name: 'zh-cn' },
  { prefix: 'en/', name: 'en' },
];

const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
const termLinks = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)" class="glossary-term" aria-describedby="([^"]+)">([^<]+)<\/a>/g)].map(
    ([, href, describedBy, text]) => ({ href: href!, describedBy: describedBy!, text: text! }),
  );
/** The page's main text split at its h2 headings. */
const sections = (html: string) => html.split(/<h2[\s>]/);

it('has a build to check', () => {
  expect(builds.length).toBeGreaterThan(0);
});

describe.each(builds)('the glossary in $dir', ({ dir, base }) => {
  const pages = htmlFiles(dir).map((file) => ({
    url: '/' + relative(dir, file).replace(/index\.html$/, ''),
    html: read(file),
  }));
  const chapters = pages.filter((page) => /^\/(en\/)?chapters\/[^/]+\/$/.test(page.url));

  describe.each(locales)('$name', ({ prefix, name }) => {
    const glossaryFile = join(dir, prefix, 'glossary/index.html');
    const glossary = existsSync(glossaryFile) ? read(glossaryFile) : '';
    const anchors = new Set(idsOf(glossary));
    const ownChapters = chapters.filter(
      (page) => page.url.startsWith(`/${prefix}chapters/`) && (prefix || !page.url.startsWith('/en/')),
    );

    it('has a glossary page with every term at its own anchor', () => {
      expect(glossary).toContain('data-pagefind-body');
      for (const term of terms) {
        expect(anchors.has(term.id), term.id).toBe(true);
        expect(glossary, term.id).toContain(
          term[name as 'en'].definition.replaceAll('&', '&amp;').replaceAll("'", '&#39;').split(/\s+/)[0],
        );
      }
    });

    it('links every chapter page to the glossary', () => {
      expect(ownChapters.length).toBeGreaterThanOrEqual(8);
      for (const chapter of ownChapters)
        expect(chapter.html, chapter.url).toContain(`href="${base}${prefix}glossary/"`);
    });

    it('links, from the text of each chapter that has terms of its own, at least one of them', () => {
      const checked = ownChapters.filter((chapter) => {
        const number = Number(/chapters\/(\d+)-/.exec(chapter.url)![1]);
        const own = new Set(terms.filter((term) => term.chapter === number).map((term) => term.id));
        if (own.size === 0) return false;
        const linked = termLinks(chapter.html).map((link) => link.href.split('#')[1]);
        expect(
          linked.some((id) => own.has(id!)),
          chapter.url,
        ).toBe(true);
        return true;
      });
      expect(checked.length).toBeGreaterThan(0);
    });

    it('lands every link to a glossary entry on an anchor of this locale’s glossary', () => {
      const pattern = new RegExp(`href="${base}${prefix}glossary/#([^"]+)"`, 'g');
      const missing = pages
        .filter((page) => (prefix ? page.url.startsWith('/en/') : !page.url.startsWith('/en/')))
        .flatMap((page) => [...page.html.matchAll(pattern)].map((match) => match[1]!).filter((id) => !anchors.has(id)));
      expect(missing).toEqual([]);
    });

    it('links each term at most once per section, never in a heading, each described on its page', () => {
      for (const chapter of ownChapters) {
        const ids = new Set(idsOf(chapter.html));
        expect(ids.size, `${chapter.url} repeats an id`).toBe(idsOf(chapter.html).length);
        for (const section of sections(chapter.html)) {
          const hrefs = termLinks(section).map((link) => link.href);
          expect(new Set(hrefs).size, chapter.url).toBe(hrefs.length);
        }
        for (const link of termLinks(chapter.html)) {
          expect(link.href.startsWith(`${base}${prefix}glossary/#`), link.href).toBe(true);
          expect(ids.has(link.describedBy), link.describedBy).toBe(true);
        }
        for (const heading of chapter.html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g))
          expect(heading[2], chapter.url).not.toContain('glossary-term');
      }
    });
  });
});
