/**
 * Every built page carries a strict Content-Security-Policy that a static host serves as is:
 * no 'unsafe-inline' or 'unsafe-eval' for scripts, and a hash for every inline script it runs (the
 * service worker's registration among them); workers and manifests from this site only.
 * The one keyword beyond 'self' is 'wasm-unsafe-eval', for the search's WebAssembly (Pagefind):
 * it lets a page compile WebAssembly, not evaluate script.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { htmlFiles, read } from './site.ts';

const pages = htmlFiles('dist');

function policyOf(html: string): Map<string, string[]> {
  const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe.each(pages)('%s', (page) => {
  const html = read(page);
  const policy = policyOf(html);

  it('allows scripts only from this site or by hash, and WebAssembly but no eval', () => {
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    // Everything else is a hash: no other keyword, host or scheme.
    expect(scripts.filter((source) => !/^'sha256-[\w+/]+=*'$/.test(source))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('allows the offline service worker and the web app manifest from this site only', () => {
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('manifest-src')).toEqual(["'self'"]);
  });

  it('sets the policy before any script runs', () => {
    const policyAt = html.indexOf('<meta http-equiv="content-security-policy"');
    expect(policyAt).toBeGreaterThan(0);
    expect(html.slice(0, policyAt)).not.toContain('<script');
  });

  it('lists the hash of every inline script it runs', () => {
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) {
      const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
      expect(policy.get('script-src')).toContain(hash);
    }
  });
});
