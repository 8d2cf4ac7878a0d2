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
import { pagefind } from './src/integrations/pagefind.ts';
import { scormPackages } from './src/integrations/scormPackages.ts';
import { serviceWorker } from './src/integrations/serviceWorker.ts';
import { glossaryLinks } from './src/integrations/glossaryLinks.ts';
import { bundleInline, minifyInline } from './src/scripts/minifyInline.mjs';

/**
 * CSP hash of a script that the layout inlines, minified as the layout minifies it (Astro hashes
 * only the scripts it bundles).
 * @param {string} file
 * @returns {`sha256-${string}`}
 */
const inlineScriptHash = (file) =>
  `sha256-${createHash('sha256')
    .update(
      file.endsWith('.ts')
        ? bundleInline(fileURLToPath(new URL(file, import.meta.url)))
        : minifyInline(readFileSync(new URL(file, import.meta.url), 'utf8')),
    )
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

/**
 * The chunks that island code goes into, first match wins: a few by what needs them instead of a
 * dozen small ones, since each file a browser fetches costs its own compression and import lines
 * (the widget kit, the quiz and the progress store as one chunk instead of a dozen save about
 * 2.4 KB gz on every chapter). The home page's progress card needs only Preact and the basics,
 * the records' reader among them. A widget's modules stay together, apart from what it loads only
 * when asked (a shared link, a file to import). A group also takes what its modules import and no
 * earlier group has taken, so what many pages share is claimed before a page's own group.
 * @type {[string, RegExp][]}
 */
const sharedChunks = [
  ['preact', /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/],
  [
    'basics',
    /src[\\/](lib[\\/](progress[\\/](progressState|chapterProgress|readProgress|matchesSchema|progressRecords)|text[\\/](numberFormats|pluralText|fillTemplate|dateFormat))\.|schemas[\\/]progressRecords)/,
  ],
  [
    'charts',
    /src[\\/](widgets[\\/]shared[\\/](ChartFrame|ChartGrid|HatchPattern|LinePair|useFigureWidth)|lib[\\/]chart[\\/])/,
  ],
  [
    // The widget kit, the quiz and the progress store: every chapter has them all. Checking an
    // answer (reading, grading, feedback) loads when a learner first checks one.
    'course',
    /(src[\\/](widgets[\\/]shared[\\/]|lib[\\/](form|text[\\/]readNumber|order)|schemas[\\/]numberField|stores[\\/](widgetTried|learnerSeed|persistence|progress\.)|widgets[\\/]quiz[\\/](?!TestRun|ReviewQueue|ItemFeedback|checking)|lib[\\/]quiz[\\/](?!grade|readInput|inputProblemText|normalizeAnswerText|correctAnswerText|rowFeedback)|widgets[\\/]progress[\\/](StorageNotice|useDeviceProgress))|node_modules[\\/](nanostores|@nanostores)[\\/])/,
  ],
  // zod, which pages load for checking what comes from outside (a link, an imported file): one chunk,
  // so that no page fetches another page's code to get it.
  ['zod', /node_modules[\\/]zod[\\/]/],
  // The locales' list, which most islands read, and the assignment format's bounds, which the
  // instructor's form and the student's page both read: never taken into one page's group.
  ['locales', /src[\\/]i18n[\\/]locales\./],
  ['assignment-bounds', /src[\\/]schemas[\\/]assignmentBounds\./],
  // The CSV writer, which the lifetime-value calculator and the gradebook share: apart, so the
  // gradebook's export does not fetch the calculator's chunk to get it.
  ['csv-text', /src[\\/]lib[\\/]text[\\/]csvText\./],
  [
    'lifetime-value',
    /src[\\/](lib[\\/]clv[\\/](?!scenarioUrl)|schemas[\\/]cohortInputs|widgets[\\/]lifetime-value[\\/])/,
  ],
  [
    // The queue simulator and its maths in one chunk, as the lifetime-value calculator's: an
    // exercise's link reader (startLink), loaded only when an address holds one, shares the form's
    // code, which would otherwise be split into a chunk of its own (0.3 KB gz more to fetch).
    // Apart stay the theory panel (loaded with the first results) and the link reader with the
    // presets it reads.
    'queue-simulator',
    /src[\\/](lib[\\/]queue[\\/](?!startLink|presets)|schemas[\\/]queueFields|widgets[\\/]queue-simulator[\\/](?!TheoryPanel|queueRun\.worker))/,
  ],
  [
    'customer-pyramid',
    /src[\\/](lib[\\/]rfm[\\/](?!customerFile|importCustomers|csvRecords)|schemas[\\/]tierCutoffs|widgets[\\/]customer-pyramid[\\/])/,
  ],
  [
    // Chapter 4's three widgets, which only its page carries, in one chunk: compressed together they
    // are about 1.7 KB gz smaller than apart. Apart stay what each loads when asked: the Kano
    // classifier's own-answers mode, file box and reader; the NPS list-of-scores mode; the SERVQUAL
    // zone-of-tolerance results and class import.
    'satisfaction',
    /src[\\/](lib[\\/]kano[\\/](?!importSurvey|surveyFile|readAnswer|surveyHeader|sampleSurvey)|widgets[\\/]kano-classifier[\\/](?!OwnAnswers|EvaluationGrid|SurveyFilePicker)|lib[\\/]nps[\\/](?!score)|schemas[\\/]npsCounts|widgets[\\/]nps-calculator[\\/](?!ScoreListField|scoreListPart)|lib[\\/]servqual[\\/](?!classCsv|classGaps|classText|meanInterval|studentT|toleranceZone)|schemas[\\/]servqualRatings|widgets[\\/]servqual-gap-scorer[\\/](?!ZoneResults|ZoneChart|ClassSurvey))/,
  ],
  [
    // Chapter 5's three widgets in one chunk, as chapter 4's. Apart stay what each loads when asked:
    // the loyalty matrix's brand questionnaire and the scorecard's KPI calculator.
    'loyalty',
    /src[\\/](lib[\\/]loyalty-matrix[\\/](?!brand)|widgets[\\/]loyalty-matrix[\\/](?!BrandQuestionnaire)|lib[\\/]loyalty-curve[\\/]|schemas[\\/]loyaltyCurveInputs|widgets[\\/]satisfaction-loyalty-curve[\\/]|lib[\\/]loyalty-scorecard[\\/](?!crmKpis|kpiText|kpiFormats)|schemas[\\/]loyaltyScorecard|widgets[\\/]loyalty-scorecard[\\/](?!KpiCalculator))/,
  ],
];

const base = process.env.BASE_PATH || '/';

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  // One request fewer before first paint; the stylesheet is small (about 3 KB gz).
  build: { inlineStylesheets: 'always' },
  // pagefind indexes the built pages and scormPackages() packs the chapters for an LMS (scorm/, for
  // the instructor's page); serviceWorker() stays LAST: it precaches the finished output in
  // astro:build:done, so every integration that writes files in that hook must be listed before it
  // (the zips it leaves out of the precache, the search index it keeps).
  integrations: [mdx(), preact(), clientNear, pagefind(), scormPackages(), serviceWorker()],
  markdown: {
    // No code blocks in the course; Shiki's inline styles would also break the strict CSP.
    syntaxHighlight: false,
    // `## Heading {#stable-id}`: both locales share section ids, so the language switch keeps your place.
    // Glossary terms in a chapter's text link to their entries (src/integrations/glossaryLinks.ts).
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [glossaryLinks({ base })] }),
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
        // The offline service worker and the web app manifests, from this site only.
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: {
        // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (it allows compiling
        // WebAssembly only, not eval of script); 'self' must be listed again once any source is.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [
          inlineScriptHash('./src/scripts/theme-before-paint.js'),
          inlineScriptHash('./src/scripts/page-controls.js'),
          inlineScriptHash('./src/scripts/search-opener.js'),
          inlineScriptHash('./src/scripts/service-worker.js'),
          inlineScriptHash('./src/scripts/page-time.js'),
          // The glossary page's filter and the chapters' definition popovers, on those pages only.
          inlineScriptHash('./src/scripts/glossary-filter.ts'),
          inlineScriptHash('./src/scripts/glossary-popover.js'),
        ],
      },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: { groups: sharedChunks.map(([name, test]) => ({ name, test })) },
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
