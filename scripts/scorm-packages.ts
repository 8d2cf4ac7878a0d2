/**
 * `npm run scorm`, after `astro build`: writes one SCORM 1.2 package per chapter and language,
 * `dist-scorm/crm-<NN-slug>-<locale>.zip`, for a school to load into its LMS (Moodle, Canvas,
 * Blackboard …). Each holds the chapter page and its quiz page made to work from any sub-path
 * (src/lib/scorm/packagePage.ts), exactly the scripts and files those pages load, the SCORM
 * adapter (src/scorm/adapter.ts, bundled here into one classic script), the schema files and
 * `imsmanifest.xml`. Links to pages left out of a package become plain text; run with
 * `SITE_URL=https://…` to make them open the public site in a new tab instead.
 * Exits non-zero, naming the page, when a page keeps a root-absolute URL the package cannot serve.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { parse } from 'yaml';
import { scorm as enScorm } from '../src/i18n/en/scorm.ts';
import { scorm as zhScorm } from '../src/i18n/zh-cn/scorm.ts';
import { fillTemplate } from '../src/lib/text/fillTemplate.ts';
import { SCHEMA_FILES, buildManifest, escapeXml } from '../src/lib/scorm/manifest.ts';
import { namedFiles, packageChunk, packagePage } from '../src/lib/scorm/packagePage.ts';

const dist = 'dist';
const out = 'dist-scorm';
/** The vendored SCORM 1.2 schema files (test/fixtures/scorm12/README.md says where they come from). */
const schemaFolder = 'test/fixtures/scorm12';
/** One fixed time for every entry, so the same build gives byte-identical packages. */
const entryTime = new Date('2026-01-01T00:00:00Z');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}/: run \`astro build\` (npm run build) first, then npm run scorm.`);
  process.exit(1);
}

// A build under a sub-path (BASE_PATH) writes its URLs from that path; packages are made from a root build.
const firstChapter = readdirSync(join(dist, 'chapters'))[0];
if (!firstChapter || !readFileSync(join(dist, 'chapters', firstChapter, 'index.html'), 'utf8').includes('"/_astro/')) {
  console.error(
    `${dist}/ was not built at the site's root: build without BASE_PATH (npm run build), then npm run scorm.`,
  );
  process.exit(1);
}

const siteUrl = process.env.SITE_URL?.replace(/\/+$/, '') || undefined;
const locales = [
  { locale: 'zh-cn', prefix: '', strings: zhScorm },
  { locale: 'en', prefix: 'en/', strings: enScorm },
] as const;

const adapter = await build({
  entryPoints: ['src/scorm/adapter.ts'],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  write: false,
  legalComments: 'none',
});
const adapterBytes = adapter.outputFiles[0]!.contents;

const astroFiles = readdirSync(join(dist, '_astro'));
const isFile = (sitePath: string): boolean => {
  try {
    return statSync(join(dist, decodeURIComponent(sitePath))).isFile();
  } catch {
    return false;
  }
};
const scenarioIds = readdirSync('content/scenarios')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => (parse(readFileSync(join('content/scenarios', file), 'utf8')) as { id: string }).id);

/** Every file a set of site paths loads, following the chunks each script names. */
function withImports(paths: Iterable<string>): Set<string> {
  const found = new Set<string>();
  const queue = [...paths];
  while (queue.length) {
    const path = queue.pop()!;
    if (found.has(path)) continue;
    found.add(path);
    if (!/\.(?:js|mjs|css)$/.test(path)) continue;
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    if (folder !== '/_astro/') continue;
    for (const name of namedFiles(readFileSync(join(dist, path), 'utf8'), astroFiles)) queue.push(folder + name);
  }
  return found;
}

const slugs = readdirSync('content/chapters/zh-cn')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''))
  .sort();

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let failed = false;
for (const slug of slugs) {
  for (const { locale, prefix, strings } of locales) {
    const chapterPage = `${prefix}chapters/${slug}/index.html`;
    const quizPage = `${prefix}quizzes/${slug}/index.html`;
    const pages = [chapterPage, quizPage];
    const packagedPages = new Map(pages.map((page) => [`/${page.replace(/index\.html$/, '')}`, page]));
    const sources = pages.map((page) => readFileSync(join(dist, page), 'utf8'));
    const title =
      /<h1\b[^>]*>([\s\S]*?)<\/h1>/
        .exec(sources[0]!)?.[1]
        ?.replace(/<[^>]+>/g, '')
        .trim() ?? slug;
    const chapterScenarios = sources[0]!.includes('ComplaintRolePlay') ? scenarioIds : [];
    const adapterAttributes = [
      `data-chapter="${escapeXml(slug)}"`,
      `data-scenarios="${escapeXml(chapterScenarios.join(','))}"`,
      `data-pages="${escapeXml(pages.join(','))}"`,
      `data-notice="${escapeXml(strings.tooLong)}"`,
    ].join(' ');

    const files: Zippable = {};
    const assets = new Set<string>();
    pages.forEach((page, index) => {
      const packaged = packagePage(sources[index]!, {
        pagePath: page,
        packagedPages,
        isFile,
        siteUrl,
        adapterAttributes,
      });
      if (packaged.leftovers.length) {
        failed = true;
        console.error(
          `${page}: root-absolute URLs a package cannot serve: ${[...new Set(packaged.leftovers)].join(', ')}`,
        );
      }
      packaged.assets.forEach((asset) => assets.add(asset));
      files[page] = [new TextEncoder().encode(packaged.html), { mtime: entryTime }];
    });
    for (const asset of withImports(assets)) {
      let bytes: Uint8Array = readFileSync(join(dist, asset));
      if (asset.endsWith('.js')) {
        const chunk = packageChunk(new TextDecoder().decode(bytes));
        if (chunk === undefined) {
          failed = true;
          console.error(`${asset}: a module preload helper of a shape the package script does not know`);
        } else bytes = new TextEncoder().encode(chunk);
      }
      files[asset.slice(1)] = [bytes, { mtime: entryTime }];
    }
    files['scorm-adapter.js'] = [adapterBytes, { mtime: entryTime }];
    for (const schema of SCHEMA_FILES) files[schema] = [readFileSync(join(schemaFolder, schema)), { mtime: entryTime }];

    const identifier = `crm-${slug}-${locale}`;
    const number = Number.parseInt(slug, 10);
    const manifest = buildManifest({
      identifier,
      title: fillTemplate(strings.packageTitle, { n: String(number), title }),
      launch: chapterPage,
      files: Object.keys(files),
    });
    files['imsmanifest.xml'] = [new TextEncoder().encode(manifest), { mtime: entryTime }];
    const zip = zipSync(files, { level: 9 });
    writeFileSync(join(out, `${identifier}.zip`), zip);
    console.log(
      `${out}/${identifier}.zip: ${Object.keys(files).length} files, ${zip.length.toLocaleString('en')} bytes`,
    );
  }
}
if (failed) process.exit(1);
