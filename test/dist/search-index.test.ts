/**
 * The search index Pagefind writes after the build (src/integrations/pagefind.ts), read back from
 * its files: one index per locale holding exactly the pages worth searching (every chapter, quiz
 * and chapter exam-practice page, and the glossary once it exists) and nothing else; the page frame, menus and widget
 * controls left out; teaching notes a titled section; Chinese segmented into words, so the two-
 * character terms the course teaches are words of the chapters that teach them. Every page's
 * search dialog points at the index and at its own script. Checked at the root build and under /crm/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n/index.ts';
import { teachingNotesId } from '../../src/lib/search/teachingNotesAnchor.ts';
import { htmlFiles, read } from './site.ts';

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
  anchors: { element: string; id: string; title?: string }[];
}

/** A Pagefind fragment file: gzip, then a "pagefind_dcd" signature, then the page's JSON. */
function readFragment(file: string): Fragment {
  const raw = gunzipSync(readFileSync(file));
  expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return JSON.parse(raw.subarray(12).toString()) as Fragment;
}

/** Pagefind writes Chinese text with a zero-width space between the words it found. */
const WORD_BREAK = '\u200b';
const plain = (content: string) => content.replaceAll(WORD_BREAK, '');

const builds = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-base', base: '/crm/' },
];

describe.each(builds)('the search index in $dir', ({ dir, base }) => {
  const bundle = join(dir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const fragments = readdirSync(join(bundle, 'fragment')).map((file) => readFragment(join(bundle, 'fragment', file)));
  const pages = htmlFiles(dir).map((file) => '/' + relative(dir, file).replace(/index\.html$/, ''));
  const searchable = pages.filter((page) =>
    /^\/(en\/)?(chapters\/[^/]+\/|quizzes\/[^/]+\/|exam\/\d{2}-[^/]+\/|glossary\/)$/.test(page),
  );
  const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));

  it('has one index per locale, each with that locale’s chapters and quizzes', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    const english = searchable.filter((page) => page.startsWith('/en/'));
    expect(english.length).toBeGreaterThanOrEqual(14);
    expect(entry.languages['en']!.page_count).toBe(english.length);
    expect(entry.languages['zh-cn']!.page_count).toBe(searchable.length - english.length);
  });

  it('indexes the chapters’ exam practice, with its questions', () => {
    const exam = fragments.find((fragment) => fragment.url === `/en/exam/01-foundations/`);
    expect(plain(exam!.content)).toContain('Define the term: client');
  });

  it('indexes exactly the chapter, quiz, exam-practice and glossary pages, at their URLs inside the build', () => {
    expect([...byUrl.keys()].sort()).toEqual([...searchable].sort());
  });

  it('marks the text of exactly those pages for indexing', () => {
    for (const page of pages) {
      const html = read(join(dir, page.slice(1), page.endsWith('/') ? 'index.html' : ''));
      const bodies = html.match(/data-pagefind-body/g)?.length ?? 0;
      expect(bodies, page).toBe(searchable.includes(page) ? 1 : 0);
    }
  });

  it('gives every page its title and leaves out the frame, the menus and the widgets’ controls', () => {
    for (const fragment of fragments) {
      expect(fragment.meta.title, fragment.url).toBeTruthy();
      const t = strings(fragment.url.startsWith('/en/') ? 'en' : 'zh-cn');
      const left = [
        // Header and footer, the chapter menus and the search dialog itself.
        t.nav.themeToggle,
        t.nav.learnerLinks,
        t.nav.footer,
        t.nav.menu,
        t.search.title,
        t.search.hint,
        // The quiz's mode hint, its buttons and the empty choice of its menus.
        t.quiz.practiceHint,
        t.quiz.check,
        t.quiz.choose,
      ];
      const text = plain(fragment.content);
      for (const phrase of left) expect(text, `${fragment.url} contains "${phrase}"`).not.toContain(phrase);
    }
  });

  it('keeps a quiz’s questions, each a titled section a result can link to', () => {
    for (const fragment of fragments.filter((candidate) => candidate.url.includes('/quizzes/'))) {
      const questions = fragment.anchors.filter((anchor) => anchor.id.startsWith('q-') && anchor.title);
      expect(questions.length, fragment.url).toBeGreaterThanOrEqual(10);
      for (const question of questions) expect(plain(fragment.content)).toContain(question.title);
    }
  });

  it('makes each chapter’s teaching notes a section titled as such', () => {
    for (const fragment of fragments.filter((candidate) => candidate.url.includes('/chapters/'))) {
      const notes = fragment.anchors.find((anchor) => anchor.id === teachingNotesId);
      expect(notes?.title, fragment.url).toBe(fragment.url.startsWith('/en/') ? 'Teaching notes' : '教学笔记');
    }
  });

  it.each([
    ['忠诚', '/chapters/05-loyalty/'],
    ['投诉', '/chapters/07-complaints/'],
    ['排队', '/chapters/06-waiting/'],
    ['流失', '/chapters/01-foundations/'],
  ])('segments Chinese so that %s is a word of %s, the chapter that teaches it', (term, url) => {
    const words = byUrl.get(url)!.content.split(/[\u200b\s]+/);
    expect(words.filter((word) => word === term).length).toBeGreaterThanOrEqual(5);
  });

  it('ships the search code and the index without Pagefind’s unused interfaces', () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind', 'wasm.unknown.pagefind'])
      expect(existsSync(join(bundle, file)), file).toBe(true);
    for (const file of readdirSync(bundle)) expect(file).not.toMatch(/ui\.(js|css)$|highlight/);
  });

  it('points every page’s search dialog at this build’s index and dialog script', () => {
    for (const page of pages) {
      const html = read(join(dir, page.slice(1), page.endsWith('/') ? 'index.html' : ''));
      const index = /data-search-index="([^"]+)"/.exec(html)?.[1];
      const script = /data-search-script="([^"]+)"/.exec(html)?.[1];
      expect(index, page).toBe(`${base}pagefind/pagefind.js`);
      expect(script, page).toMatch(new RegExp(`^${base}_astro/search-dialog-[\\w-]+\\.js$`));
      expect(existsSync(join(dir, script!.slice(base.length))), script).toBe(true);
    }
  });
});
