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
 * @property {number} moduleScriptGz
 * @property {number} scriptGz inline and module script together
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

/**
 * A module and every module it imports, statically or dynamically, as site URLs.
 * @param {string} dir @param {string} base @param {string} url @param {Set<string>} seen
 * @returns {Set<string>}
 */
function moduleGraph(dir, base, url, seen = new Set()) {
  if (seen.has(url)) return seen;
  seen.add(url);
  const path = join(dir, url.slice(base.length));
  if (!existsSync(path)) return seen;
  const source = readFileSync(path, 'utf8');
  for (const [, spec] of source.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    moduleGraph(dir, base, new URL(/** @type {string} */ (spec), `http://site${url}`).pathname, seen);
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
  const modules = new Set();
  for (const entry of entries) for (const url of moduleGraph(dir, base, entry)) modules.add(url);
  const moduleGz = [...modules].reduce((sum, url) => sum + gz(readFileSync(join(dir, url.slice(base.length)))), 0);
  const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  const cssGz = styles.reduce((sum, url) => sum + gz(readFileSync(join(dir, url.slice(base.length)))), 0);
  return {
    page: '/' + relative(dir, file).replace(/index\.html$/, ''),
    islands: [...html.matchAll(/<astro-island[^>]*>/g)].map((m) => m[0]),
    inlineScriptGz: gz(inline),
    moduleScriptGz: moduleGz,
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
