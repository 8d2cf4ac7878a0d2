// @ts-check
/**
 * Site configuration. BASE_PATH serves the course under a sub-path (e.g. BASE_PATH=/crm/ for
 * https://school.example/crm/); SITE_URL, when set, makes hreflang and canonical links absolute.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * CSP hash of a script that the layout inlines verbatim (Astro hashes only the scripts it bundles).
 * @param {string} file
 * @returns {`sha256-${string}`}
 */
const inlineScriptHash = (file) =>
  `sha256-${createHash('sha256')
    .update(readFileSync(new URL(file, import.meta.url)))
    .digest('base64')}`;

/**
 * `client:near` (src/directives/near.ts): the widgets' directive. Their code is fetched when the
 * browser is idle after load, and they hydrate as they come near the viewport.
 * @type {import('astro').AstroIntegration}
 */
const clientNear = {
  name: 'client-near',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({
        name: 'near',
        entrypoint: fileURLToPath(new URL('./src/directives/near.ts', import.meta.url)),
      }),
  },
};

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.BASE_PATH || '/',
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  // One request fewer before first paint; the stylesheet is small (about 3 KB gz).
  build: { inlineStylesheets: 'always' },
  integrations: [mdx(), preact(), clientNear],
  markdown: {
    // No code blocks in the course; Shiki's inline styles would also break the strict CSP.
    syntaxHighlight: false,
    // `## Heading {#stable-id}`: both locales share section ids, so the language switch keeps your place.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  security: {
    // A strict Content-Security-Policy <meta> on every page: scripts and styles only from this site
    // or by hash, no plug-ins, and no requests to any other host.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        hashes: [
          inlineScriptHash('./src/scripts/theme-before-paint.js'),
          inlineScriptHash('./src/scripts/page-controls.js'),
        ],
      },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // Preact and the chart parts as one chunk each instead of a handful of small ones, each with its
          // own import and export lines. (Grouping the widget kit too would also drag the helpers it
          // imports, such as fillTemplate, onto pages with no widget.)
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/ },
              {
                name: 'charts',
                test: /src[\\/](widgets[\\/]shared[\\/](ChartFrame|ChartGrid|HatchPattern|useFigureWidth)|lib[\\/]chart[\\/])/,
              },
            ],
          },
        },
        onLog(level, log, handler) {
          // Astro's own "use astro:head-inject" marker in MDX modules: expected, and harmless.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
