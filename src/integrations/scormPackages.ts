/**
 * The chapters' SCORM 1.2 packages, one per chapter and language (`crm-<NN-slug>-<locale>.zip`),
 * for a school to load into its LMS (Moodle, Canvas, Blackboard …). Each holds the chapter page
 * and its quiz page made to work from any sub-path (src/lib/scorm/packagePage.ts), exactly the
 * scripts and files those pages load, the SCORM adapter (src/scorm/adapter.ts, bundled here into
 * one classic script), the schema files and `imsmanifest.xml`. Links to pages left out of a package
 * become plain text, or open the public site in a new tab when its address is given.
 *
 * Written by the site build into `scorm/` of the output, where the instructor's page offers them
 * for download (listed before the service worker in astro.config.mjs, which leaves them out of
 * the offline copy), and by `npm run scorm` (scripts/scorm-packages.ts) into a folder of its own.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { parse } from 'yaml';
import { scorm as enScorm } from '../i18n/en/scorm.ts';
import { scorm as zhScorm } from '../i18n/zh-cn/scorm.ts';
import { fillTemplate } from '../lib/text/fillTemplate.ts';
import { SCHEMA_FILES, buildManifest, escapeXml } from '../lib/scorm/manifest.ts';
import { packageName, scormFolder } from '../lib/scorm/packageFiles.ts';
import { namedFiles, packageChunk, packagePage } from '../lib/scorm/packagePage.ts';

/** The vendored SCORM 1.2 schema files (src/scorm/schemas/README.md says where they come from). */
const schemaFolder = 'src/scorm/schemas';
/** One fixed time for every entry, so the same build gives byte-identical packages. */
const entryTime = new Date('2026-01-01T00:00:00Z');

const locales = [
  { locale: 'zh-cn', prefix: '', strings: zhScorm },
  { locale: 'en', prefix: 'en/', strings: enScorm },
] as const;

export interface PackOptions {
  /** The built site's folder (dist/, or OUT_DIR). */
  siteDir: string;
  /** Where the zips go (emptied first). */
  outDir: string;
  /** The path the site was built under (`/`, or BASE_PATH). */
  base: string;
  /** The public site's origin, no trailing slash, or undefined: links out become plain text. */
  siteUrl: string | undefined;
  /** The project's folder, whose content/, src/scorm/ and schema files are read; the working folder when not given. */
  projectDir?: string;
}

export interface PackResult {
  packages: { name: string; files: number; bytes: number }[];
  /** What made a package unusable, each naming the page or chunk: the caller fails the build. */
  errors: string[];
}

/** Packs every chapter in both languages. */
export async function packChapters({
  siteDir,
  outDir,
  base,
  siteUrl,
  projectDir = '.',
}: PackOptions): Promise<PackResult> {
  const adapter = await build({
    entryPoints: [join(projectDir, 'src/scorm/adapter.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    write: false,
    legalComments: 'none',
  });
  const adapterBytes = adapter.outputFiles[0]!.contents;

  const astroFiles = readdirSync(join(siteDir, '_astro'));
  const isFile = (sitePath: string): boolean => {
    try {
      return statSync(join(siteDir, decodeURIComponent(sitePath))).isFile();
    } catch {
      return false;
    }
  };
  const scenarioFolder = join(projectDir, 'content/scenarios');
  const scenarioIds = readdirSync(scenarioFolder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => (parse(readFileSync(join(scenarioFolder, file), 'utf8')) as { id: string }).id);

  /** Every file a set of site paths loads, following the chunks each script names. */
  const withImports = (paths: Iterable<string>): Set<string> => {
    const found = new Set<string>();
    const queue = [...paths];
    while (queue.length) {
      const path = queue.pop()!;
      if (found.has(path)) continue;
      found.add(path);
      if (!/\.(?:js|mjs|css)$/.test(path)) continue;
      const folder = path.slice(0, path.lastIndexOf('/') + 1);
      if (folder !== '/_astro/') continue;
      for (const name of namedFiles(readFileSync(join(siteDir, path), 'utf8'), astroFiles)) queue.push(folder + name);
    }
    return found;
  };

  const slugs = readdirSync(join(projectDir, 'content/chapters/zh-cn'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, ''))
    .sort();

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result: PackResult = { packages: [], errors: [] };
  for (const slug of slugs) {
    for (const { locale, prefix, strings } of locales) {
      const chapterPage = `${prefix}chapters/${slug}/index.html`;
      const quizPage = `${prefix}quizzes/${slug}/index.html`;
      const pages = [chapterPage, quizPage];
      const packagedPages = new Map(pages.map((page) => [`/${page.replace(/index\.html$/, '')}`, page]));
      const sources = pages.map((page) => readFileSync(join(siteDir, page), 'utf8'));
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
          base,
          adapterAttributes,
        });
        if (packaged.leftovers.length)
          result.errors.push(
            `${page}: root-absolute URLs a package cannot serve: ${[...new Set(packaged.leftovers)].join(', ')}`,
          );
        packaged.assets.forEach((asset) => assets.add(asset));
        files[page] = [new TextEncoder().encode(packaged.html), { mtime: entryTime }];
      });
      for (const asset of withImports(assets)) {
        let bytes: Uint8Array = readFileSync(join(siteDir, asset));
        if (asset.endsWith('.js')) {
          const chunk = packageChunk(new TextDecoder().decode(bytes), base);
          if (chunk === undefined)
            result.errors.push(`${asset}: a module preload helper of a shape the package code does not know`);
          else bytes = new TextEncoder().encode(chunk);
        }
        files[asset.slice(1)] = [bytes, { mtime: entryTime }];
      }
      files['scorm-adapter.js'] = [adapterBytes, { mtime: entryTime }];
      for (const schema of SCHEMA_FILES)
        files[schema] = [readFileSync(join(projectDir, schemaFolder, schema)), { mtime: entryTime }];

      const name = packageName(slug, locale);
      const manifest = buildManifest({
        identifier: name.replace(/\.zip$/, ''),
        title: fillTemplate(strings.packageTitle, { n: String(Number.parseInt(slug, 10)), title }),
        launch: chapterPage,
        files: Object.keys(files),
      });
      files['imsmanifest.xml'] = [new TextEncoder().encode(manifest), { mtime: entryTime }];
      const zip = zipSync(files, { level: 9 });
      writeFileSync(join(outDir, name), zip);
      result.packages.push({ name, files: Object.keys(files).length, bytes: zip.length });
    }
  }
  return result;
}

/**
 * The integration: packs the chapters into `scorm/` of the build output once the pages are written.
 * Listed before serviceWorker() in astro.config.mjs, so the worker sees (and leaves out) the zips.
 * With `site` set, links to pages a package lacks open the public site; without, they become text.
 */
export function scormPackages(): AstroIntegration {
  let base = '/';
  let siteUrl: string | undefined;
  let projectDir = '.';
  return {
    name: 'scorm-packages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteUrl = config.site ? new URL(config.site).origin : undefined;
        projectDir = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const { packages, errors } = await packChapters({
          siteDir,
          outDir: join(siteDir, scormFolder),
          base,
          siteUrl,
          projectDir,
        });
        if (errors.length > 0) throw new Error(`SCORM packages:\n${errors.join('\n')}`);
        const bytes = packages.reduce((sum, entry) => sum + entry.bytes, 0);
        logger.info(
          `${packages.length} packages in ${scormFolder}/, ${(bytes / 1024).toFixed(0)} KB, ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
