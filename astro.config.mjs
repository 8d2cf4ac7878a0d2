// @ts-check
/**
 * Site configuration. BASE_PATH serves the course under a sub-path (e.g. BASE_PATH=/crm/ for
 * https://school.example/crm/); SITE_URL, when set, makes hreflang and canonical links absolute.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.BASE_PATH || '/',
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  markdown: {
    // `## Heading {#stable-id}`: both locales share section ids, so the language switch keeps your place.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro's own "use astro:head-inject" marker in MDX modules: expected, and harmless.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
