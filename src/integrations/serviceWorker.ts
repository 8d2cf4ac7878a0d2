/**
 * The service worker that makes the course work offline after one visit: Workbox's `generateSW`
 * run over the finished build, so it precaches exactly the files that were built (every page,
 * script, style, icon, data file and the search index), each with a revision taken from its
 * content. A rebuilt course with a changed file therefore gets a changed worker, which the
 * browser installs beside the old one and the page offers to switch to (src/scripts/service-worker.js).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { scormFolder } from '../lib/scorm/packageFiles.ts';

/** The worker's file name, at the root of the base path (its scope is the whole base path). */
export const workerFile = 'sw.js';

/** The page a navigation shows when it is not precached and the network is out of reach. */
export const offlinePage = 'offline/index.html';

/**
 * What the precache holds: every built file, the worker itself aside, and the chapters' LMS
 * packages (src/integrations/scormPackages.ts): an instructor downloads one now and then, and
 * several megabytes of zips have no place in every learner's offline copy.
 */
export const precachePatterns = ['**/*'];
const ignored = [workerFile, `${workerFile}.map`, `${scormFolder}/**`];

/**
 * Writes `sw.js` into a built site's folder and says how much it precaches. Also run by the
 * update test on a copy of the build that it changes, so the test exercises this same code.
 */
export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number; warnings: string[] }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: precachePatterns,
    globIgnores: ignored,
    swDest: join(outDir, workerFile),
    // The URLs in the manifest stay relative: Workbox resolves them against the worker's own
    // address, so one manifest serves the site at the root and under a base path alike.
    // Pages are precached as …/index.html and asked for as …/: `directoryIndex` maps one to the
    // other; a query (a shared scenario link) does not make a page a different page.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // The largest page (a chapter with its case boxes inlined) is well under this; the limit only
    // keeps an accidental huge file out of every learner's storage.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Workbox's runtime inside sw.js, not in a file of its own beside it: one file, one request.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    cleanupOutdatedCaches: true,
    // The first worker takes over the open page at once (nothing to replace); a later one waits
    // until the learner accepts the reload prompt, which posts {type: 'SKIP_WAITING'}.
    clientsClaim: true,
    skipWaiting: false,
    // A page that is not precached (a mistyped address) is fetched as usual; if the network is
    // out of reach, the learner gets the bilingual offline page instead of the browser's error.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: offlinePage } },
      },
    ],
  });
  return { count, size, warnings };
}

/**
 * The integration. Listed LAST in astro.config.mjs: integrations' `astro:build:done` hooks run in
 * order, and files that others write there (the search index) must exist before they are precached.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${workerFile}: ${count} files precached, ${(size / 1024).toFixed(1)} KB`);
      },
    },
  };
}
