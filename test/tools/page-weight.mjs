/**
 * What a built page costs a reader: script before interaction (inline plus every island module and
 * what it imports), and total weight, gzipped. Used by the budget tests and by `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string | Buffer} text */
export const gz = (text) => gzipSync(text).length;

/**
 * @typedef {object} PageWeight
 * @property {string} page the page's URL path
 * @property {string[]} islands the page's <astro-island> opening tags
 * @property {number} inlineScriptGz
 * @property {number} moduleScriptGz the island modules and all they import statically: what a
 *   browser fetches once a reader has scrolled past every island
 * @property {number} onDemandScriptGz what those modules import dynamically on top (a test mode,
 *   a file importer), fetched only when a reader asks for it
 * @property {number} scriptGz inline and module script together (on-demand code not counted)
 * @property {number} totalGz HTML, CSS and script
 */

/**
 * Every .html file under a build folder.
 * @param {string} dir
 * @returns {string[]}
 */
export function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Static imports (`import … from "./x.js"`, `import "./x.js"`) and dynamic ones (`import(\`./x.js\`)`), any quotes. */
const staticImport = /(?:\bimport|\bfrom)\s*["'`]([^"'`]+\.js)["'`]/g;
const dynamicImport = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/**
 * A module and every module it imports, as site URLs: statically only, or dynamically as well.
 * @param {string} dir @param {string} base @param {string} url
 * @param {{ dynamic?: boolean }} [options] @param {Set<string>} [seen]
 * @returns {Set<string>}
 */
function moduleGraph(dir, base, url, { dynamic = false } = {}, seen = new Set()) {
  if (seen.has(url)) return seen;
  seen.add(url);
  const path = join(dir, url.slice(base.length));
  if (!existsSync(path)) return seen;
  const source = readFileSync(path, 'utf8');
  const specs = [...source.matchAll(staticImport), ...(dynamic ? source.matchAll(dynamicImport) : [])];
  for (const [, spec] of specs) {
    moduleGraph(dir, base, new URL(/** @type {string} */ (spec), `http://site${url}`).pathname, { dynamic }, seen);
  }
  return seen;
}

/**
 * The weight of one built page. `base` is the base path the site was built with.
 * @param {string} dir @param {string} file @param {string} [base]
 * @returns {PageWeight}
 */
export function pageWeight(dir, file, base = '/') {
  const html = readFileSync(file, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const entries = [...html.matchAll(/(?:component-url|renderer-url|src)="([^"]+\.js)"/g)].map((m) => m[1]);
  /** @param {{ dynamic?: boolean }} options */
  const modules = (options) => new Set(entries.flatMap((entry) => [...moduleGraph(dir, base, entry, options)]));
  /** @param {Set<string>} urls */
  const sizeGz = (urls) => [...urls].reduce((sum, url) => sum + gz(readFileSync(join(dir, url.slice(base.length)))), 0);
  const moduleGz = sizeGz(modules({}));
  const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  const cssGz = styles.reduce((sum, url) => sum + gz(readFileSync(join(dir, url.slice(base.length)))), 0);
  return {
    page: '/' + relative(dir, file).replace(/index\.html$/, ''),
    islands: [...html.matchAll(/<astro-island[^>]*>/g)].map((m) => m[0]),
    inlineScriptGz: gz(inline),
    moduleScriptGz: moduleGz,
    onDemandScriptGz: sizeGz(modules({ dynamic: true })) - moduleGz,
    scriptGz: gz(inline) + moduleGz,
    totalGz: gz(html) + cssGz + moduleGz,
  };
}

/**
 * Each island on a page with the script it adds beyond the shared renderer (Preact) chunks.
 * @param {string} dir @param {string} html @param {string} [base]
 * @returns {{ component: string, ownGz: number }[]}
 */
export function islandWeights(dir, html, base = '/') {
  return [...html.matchAll(/<astro-island[^>]*component-url="([^"]+)"[^>]*renderer-url="([^"]+)"[^>]*>/g)].map(
    ([, componentUrl, rendererUrl]) => {
      const shared = moduleGraph(dir, base, /** @type {string} */ (rendererUrl));
      const own = [...moduleGraph(dir, base, /** @type {string} */ (componentUrl))].filter((url) => !shared.has(url));
      const ownGz = own.reduce((sum, url) => sum + gz(readFileSync(join(dir, url.slice(base.length)))), 0);
      return { component: /** @type {string} */ (componentUrl).split('/').pop() ?? '', ownGz };
    },
  );
}
