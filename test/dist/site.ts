/** Reading the built site: the URLs each page refers to. */
import { readFileSync } from 'node:fs';

export { htmlFiles } from '../tools/page-weight.mjs';

/** Every URL in an attribute that a browser follows or loads, with the attribute it came from. */
export function referencedUrls(html: string): { attribute: string; url: string }[] {
  const found: { attribute: string; url: string }[] = [];
  const pattern = /\s(href|src|srcset|action|component-url|renderer-url|before-hydration-url|poster)="([^"]*)"/g;
  for (const [, attribute, value] of html.matchAll(pattern)) {
    const urls = attribute === 'srcset' ? value!.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value!];
    for (const url of urls) found.push({ attribute: attribute!, url });
  }
  // Imports inside inline module scripts (island loaders) count as well.
  for (const [, url] of html.matchAll(/import\(?\s*["'](\/[^"']+)["']/g))
    found.push({ attribute: 'import', url: url! });
  return found;
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}
