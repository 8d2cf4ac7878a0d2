/**
 * Where the tests serve the built site. The test builds use it as their SITE_URL too, so language
 * alternates are absolute (as search engines and Lighthouse expect) yet still point at this server.
 * TEST_PORT overrides the port; an extra git worktree of the project (where .git is a file) gets a
 * port of its own, so two checkouts can run their browser tests at the same time.
 */
import { statSync } from 'node:fs';

function worktreePort() {
  try {
    if (!statSync('.git').isFile()) return undefined;
  } catch {
    return undefined;
  }
  let hash = 0;
  for (const char of process.cwd()) hash = (hash * 31 + char.charCodeAt(0)) % 1000;
  return 5000 + hash;
}

export const testPort = Number(process.env.TEST_PORT) || worktreePort() || 4327;
export const testOrigin = `http://127.0.0.1:${testPort}`;
