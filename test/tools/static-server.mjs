/**
 * A minimal static file server for tests that need to change what one origin serves while a
 * browser keeps its service worker: the offline test serves the /crm/ build, then the update test
 * serves one build and then another on the same origin. `astro preview` serves one folder for its
 * lifetime, so it cannot do either.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/**
 * Serves `site.root` under `site.base` (both may be changed while it runs) on 127.0.0.1:`port`.
 * @param {number} port
 * @param {{ root: string, base: string }} site
 * @returns {Promise<{ close: () => Promise<void> }>}
 */
export async function serveStatic(port, site) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file;
    if (pathname.startsWith(site.base)) {
      const inside = normalize(pathname.slice(site.base.length)).replace(/^(\.\.[/\\])+/, '');
      file = join(site.root, inside);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    }
    const found = file !== undefined && existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(site.root, '404.html');
    response.writeHead(found ? 200 : 404, {
      'Content-Type': types[extname(served)] ?? 'application/octet-stream',
      // Never cached, so the browser sees the moment a build is swapped.
      'Cache-Control': 'no-cache',
    });
    createReadStream(served).pipe(response);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  return {
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}
