/**
 * The inline scripts as every page carries them: minified by esbuild, so their comments (kept for
 * whoever edits the files) cost no page any bytes. The layout inlines this output and
 * astro.config.mjs hashes the same output for the Content-Security-Policy, so the two always agree.
 */
import { transformSync } from 'esbuild';

/** @param {string} source */
export function minifyInline(source) {
  // es2022: what the course's browsers run (the island bundles target the same).
  return transformSync(source, { minify: true, target: 'es2022', loader: 'js' }).code;
}
