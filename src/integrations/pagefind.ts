/**
 * Builds the site's search index with Pagefind once Astro has written the pages: every built page
 * that marks its text with `data-pagefind-body` (a chapter's article, a quiz page's main; a
 * glossary page must do the same, and test/dist/search-index.test.ts checks that each is there)
 * is indexed, one index per `<html lang>`, into `pagefind/` inside the build output. It runs over
 * the output folder Astro reports, so an OUT_DIR build gets its own index; under a BASE_PATH,
 * Pagefind's browser code prefixes result URLs with the path it was itself loaded from.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * What is not worth finding even inside an indexed page: a widget's controls and live figures and
 * its "interactive exercise" label (its title and printed description stay), the quiz's mode
 * switch, progress line, buttons and print note, the answer hints every item repeats, the menus of
 * matching and sorting items (the same options under every line), and the numbering, which depends
 * on the order a learner is dealt. The quiz's questions and choices stay, on the quiz's own page; a chapter's copy of its quiz is left to that page. Given as
 * selectors here rather than attributes in the widgets, so the islands need not know about search.
 */
export const excludedFromSearch = [
  '.chapter .widget-live',
  '.widget-kind',
  '.quiz-status',
  '.quiz-mode',
  '.quiz-item-label',
  '.quiz .widget-note',
  '.quiz button',
  '.quiz select',
  '.quiz-widget .widget-print',
];

/**
 * Pagefind's ready-made search interfaces, which it writes beside the index: the course has its own
 * dialog (src/scripts/search-dialog.ts), so they would only be dead weight to host and to precache.
 */
const unusedInterfaces = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The Astro integration; list it before anything that reads `pagefind/` from the output (the service worker). */
export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ excludeSelectors: excludedFromSearch });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const bundle = join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await Promise.all(unusedInterfaces.map((file) => rm(join(bundle, file), { force: true })));
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
