/**
 * The inline scripts as every page carries them: minified by esbuild, so their comments (kept for
 * whoever edits the files) cost no page any bytes. The layout inlines this output and
 * astro.config.mjs hashes the same output for the Content-Security-Policy, so the two always agree.
 */
import { buildSync, transformSync } from 'esbuild';

/** @param {string} source */
export function minifyInline(source) {
  // es2022: what the course's browsers run (the island bundles target the same).
  return transformSync(source, { minify: true, target: 'es2022', loader: 'js' }).code;
}

/**
 * An inline script written in TypeScript with imports (a page's script that shares logic with
 * src/lib/ and its unit tests), bundled into one minified function body. Cached per file: a page
 * built in every locale bundles it once.
 * @type {Map<string, string>}
 */
const bundles = new Map();

/** @param {string} file an absolute path */
export function bundleInline(file) {
  let code = bundles.get(file);
  if (code === undefined) {
    const result = buildSync({
      entryPoints: [file],
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      target: 'es2022',
    });
    code = /** @type {string} */ (result.outputFiles[0]?.text).trim();
    bundles.set(file, code);
  }
  return code;
}
