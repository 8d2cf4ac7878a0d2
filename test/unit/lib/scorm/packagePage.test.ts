/** A built page made to work inside an LMS package: relative URLs, no site-only parts, the adapter first. */
import { describe, expect, it } from 'vitest';
import { namedFiles, packageChunk, packagePage, relativePath } from '../../../../src/lib/scorm/packagePage.ts';

const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
  '<meta http-equiv="content-security-policy" content="default-src \'self\'">',
  '<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="manifest" href="/manifest-en.webmanifest">',
  '<link rel="alternate" hreflang="zh-CN" href="https://example.org/chapters/01-foundations/">',
  '<script>(()=>{document.documentElement.dataset.theme="light"})();</script></head><body>',
  '<header><a class="brand" href="/en/">Course</a>',
  '<button type="button" data-search-open aria-controls="site-search"><span>Search</span></button>',
  '<dialog id="site-search" data-search-index="/pagefind/pagefind.js"><p>find</p></dialog>',
  '<nav aria-label="Change language"><a class="language-link" href="/chapters/01-foundations/" hreflang="zh-CN" data-keep-section>中文</a></nav>',
  '<div class="update-prompt" role="status" data-update-prompt data-service-worker="/sw.js" data-scope="/"></div></header>',
  '<main><a href="/en/quizzes/01-foundations/">Take this quiz on its own page</a> <a href="/en/chapters/01-foundations/#summary" aria-current="page">here</a>',
  '<a href="/en/glossary/#customer" class="glossary-term" aria-describedby="def-customer">customer</a>',
  '<a href="/data/sample-customers.csv" download>sample</a>',
  '<astro-island component-url="/_astro/Quiz.abc.js" renderer-url="/_astro/client.def.js" props="{&quot;file&quot;:[0,&quot;/data/sample-customers.json&quot;]}"></astro-island>',
  '</main><script>(()=>{navigator.serviceWorker.register("/sw.js")})();</script></body></html>',
].join('');

const context = {
  pagePath: 'en/chapters/01-foundations/index.html',
  packagedPages: new Map([
    ['/en/chapters/01-foundations/', 'en/chapters/01-foundations/index.html'],
    ['/en/quizzes/01-foundations/', 'en/quizzes/01-foundations/index.html'],
  ]),
  isFile: (path: string) =>
    [
      '/favicon.svg',
      '/data/sample-customers.csv',
      '/data/sample-customers.json',
      '/_astro/Quiz.abc.js',
      '/_astro/client.def.js',
    ].includes(path),
  siteUrl: undefined,
  adapterAttributes: 'data-chapter="01-foundations"',
};

describe('relativePath', () => {
  it.each([
    ['en/chapters/01-foundations/index.html', '_astro/x.js', '../../../_astro/x.js'],
    [
      'chapters/01-foundations/index.html',
      'quizzes/01-foundations/index.html',
      '../../quizzes/01-foundations/index.html',
    ],
    ['chapters/01-foundations/index.html', 'chapters/01-foundations/other.html', 'other.html'],
    ['index.html', 'scorm-adapter.js', 'scorm-adapter.js'],
  ])('from %s to %s is %s', (from, target, expected) => {
    expect(relativePath(from, target)).toBe(expected);
  });
});

describe('packagePage', () => {
  const { html, assets, leftovers } = packagePage(page, context);

  it('loads the adapter first, right after the Content-Security-Policy', () => {
    expect(html).toContain(
      `content="default-src 'self'"><script src="../../../scorm-adapter.js" data-chapter="01-foundations"></script>`,
    );
    expect(html.indexOf('scorm-adapter.js')).toBeLessThan(html.indexOf('<script>'));
  });

  it('makes links within the package and the files it loads relative', () => {
    expect(html).toContain('<a href="../../quizzes/01-foundations/index.html">Take this quiz');
    expect(html).toContain('<a href="#summary" aria-current="page">here</a>');
    expect(html).toContain('component-url="../../../_astro/Quiz.abc.js" renderer-url="../../../_astro/client.def.js"');
    expect(html).toContain('&quot;../../../data/sample-customers.json&quot;');
    expect(html).toContain('<a href="../../../data/sample-customers.csv" download>sample</a>');
    expect(html).toContain('<link rel="icon" href="../../../favicon.svg"');
    expect(assets.sort()).toEqual([
      '/_astro/Quiz.abc.js',
      '/_astro/client.def.js',
      '/data/sample-customers.csv',
      '/data/sample-customers.json',
      '/favicon.svg',
    ]);
    expect(leftovers).toEqual([]);
  });

  it('turns links to pages it lacks into plain text, keeping the glossary description', () => {
    expect(html).toContain('<span class="brand">Course</span>');
    expect(html).toContain('<span class="glossary-term" aria-describedby="def-customer">customer</span>');
    expect(html).not.toContain('/en/glossary/');
  });

  it('or, given the public site, into links that open it in a new tab', () => {
    const linked = packagePage(page, { ...context, siteUrl: 'https://crm.example.edu' }).html;
    expect(linked).toContain(
      '<a class="glossary-term" aria-describedby="def-customer" href="https://crm.example.edu/en/glossary/#customer" target="_blank" rel="noopener">customer</a>',
    );
  });

  it('takes out the search box, the language switch, the service worker and the web-app manifest', () => {
    for (const gone of [
      'data-search-open',
      'site-search',
      'language-link',
      'serviceWorker',
      'data-service-worker',
      'rel="manifest"',
      'rel="alternate"',
    ])
      expect(html, gone).not.toContain(gone);
    expect(html).toContain('dataset.theme="light"');
  });

  it('reports a root-absolute URL it could not place', () => {
    const odd = packagePage(
      '<html><head></head><body><img src="/photos/x.jpg"><form action="/search/"></form></body></html>',
      context,
    );
    expect(odd.leftovers.sort()).toEqual(['/photos/x.jpg', '/search/']);
  });
});

describe('packagePage under a base path', () => {
  // The same page as a BASE_PATH=/crm/ build writes it: every site URL starts with /crm/.
  const underBase = page
    .replace(/(href|src|component-url|renderer-url|data-search-index|data-service-worker|data-scope)="\//g, '$1="/crm/')
    .replaceAll('&quot;/data/', '&quot;/crm/data/');
  const { html, assets, leftovers } = packagePage(underBase, { ...context, base: '/crm/' });

  it('strips the base, so the package is the same as one from a root build', () => {
    expect(underBase).toContain('component-url="/crm/_astro/Quiz.abc.js"');
    expect(html).toBe(packagePage(page, context).html);
    expect(assets.sort()).toEqual([
      '/_astro/Quiz.abc.js',
      '/_astro/client.def.js',
      '/data/sample-customers.csv',
      '/data/sample-customers.json',
      '/favicon.svg',
    ]);
    expect(leftovers).toEqual([]);
    expect(html).not.toContain('/crm/');
  });

  it('links out to the public site with the base kept in the page address', () => {
    const linked = packagePage(underBase, { ...context, base: '/crm/', siteUrl: 'https://school.example' }).html;
    expect(linked).toContain('href="https://school.example/crm/en/glossary/#customer" target="_blank"');
  });

  it('reports a URL outside the base as one it could not place', () => {
    const odd = packagePage('<html><head></head><body><img src="/other/x.jpg"></body></html>', {
      ...context,
      base: '/crm/',
    });
    expect(odd.leftovers).toEqual(['/other/x.jpg']);
  });
});

describe('chunks', () => {
  it('finds the chunks a script names', () => {
    expect(
      namedFiles('import{a}from"./basics.x.js";import(`./TestRun.y.js`)', [
        'basics.x.js',
        'TestRun.y.js',
        'other.z.js',
      ]),
    ).toEqual(['basics.x.js', 'TestRun.y.js']);
  });

  it('resolves Vite’s preloads from the chunk instead of the site root, and refuses a helper it does not know', () => {
    const helper = 'var Ce=`modulepreload`,we=function(e){return`/`+e},Te={};';
    expect(packageChunk(helper)).toBe(
      'var Ce=`modulepreload`,we=function(e){return new URL(`../`+e,import.meta.url).href},Te={};',
    );
    expect(packageChunk('export const a=1;')).toBe('export const a=1;');
    expect(packageChunk('var Ce=`modulepreload`,we=e=>"/"+e;')).toBeUndefined();
  });

  it('resolves the preloads of a build under a base path from the chunk too', () => {
    const helper = 'var Ce=`modulepreload`,we=function(e){return`/crm/`+e},Te={};';
    expect(packageChunk(helper, '/crm/')).toBe(
      'var Ce=`modulepreload`,we=function(e){return new URL(`../`+e,import.meta.url).href},Te={};',
    );
    expect(packageChunk(helper)).toBeUndefined();
  });
});
