/**
 * One built page (Astro's HTML in dist/) made to work inside an LMS package. The site's pages use
 * root-absolute URLs (`/_astro/…`, `/en/chapters/…`), which break when an LMS serves the package
 * from a sub-path of its own: each becomes a path relative to the page. A link to a page the
 * package does not hold becomes plain text, or, when a public site address is given, a link that
 * opens that page on the public site in a new tab. What cannot work inside a package (the service
 * worker, the search box with its index, the language switch, the web-app manifest) is taken out,
 * and the SCORM adapter's script is put first, right after the page's Content-Security-Policy.
 * A site built under a sub-path (BASE_PATH=/crm/) writes every URL from that path: the base is
 * stripped first, so a package is the same whichever path its site was built for.
 * String work on Astro's own minified output; every URL left root-absolute is reported, so a
 * change in the site's markup fails the build of the packages instead of shipping a broken link.
 */

export interface PageContext {
  /** The page's path in the package, as `en/chapters/04-satisfaction/index.html`. */
  pagePath: string;
  /** The site's URL path of each page the package holds (`/en/quizzes/04-satisfaction/`) → its path in the package. */
  packagedPages: ReadonlyMap<string, string>;
  /** Whether a site URL path (`/_astro/x.js`, `/data/y.csv`) is a file of the built site. */
  isFile: (sitePath: string) => boolean;
  /** The public site's origin (no trailing slash), or undefined: links out become plain text. */
  siteUrl: string | undefined;
  /** The path the site was built under (`/`, or `/crm/` under BASE_PATH); `/` when not given. */
  base?: string;
  /** The adapter's `<script>` attributes other than `src` (already escaped for HTML). */
  adapterAttributes: string;
}

export interface PackagedPage {
  html: string;
  /** Files of the built site the page loads, as site paths (`/_astro/Quiz.x.js`). */
  assets: string[];
  /** Root-absolute URLs left in the page: each one a bug to fix here. */
  leftovers: string[];
}

/** `target` relative to the folder of `from`, both package paths. */
export function relativePath(from: string, target: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const targetParts = target.split('/');
  let common = 0;
  while (common < fromParts.length && common < targetParts.length - 1 && fromParts[common] === targetParts[common])
    common++;
  return [...fromParts.slice(common).map(() => '..'), ...targetParts.slice(common)].join('/');
}

/** Parts of the frame that need the whole site or a server: out, with what they contain. */
const removals: RegExp[] = [
  /<button\b[^>]*\bdata-search-open\b[^>]*>[\s\S]*?<\/button>/g,
  /<dialog\b[^>]*\bid="site-search"[^>]*>[\s\S]*?<\/dialog>/g,
  /<nav\b[^>]*>(?:(?!<\/nav>)[\s\S])*?class="language-link"(?:(?!<\/nav>)[\s\S])*<\/nav>/g,
  /<div\b[^>]*\bdata-update-prompt\b[^>]*><\/div>/g,
  /<link\b[^>]*\brel="(?:manifest|alternate)"[^>]*>/g,
];
/** Inline scripts that register the service worker or run the search box. */
const scriptsOut = /<script>((?:(?!<\/script>)[\s\S])*)<\/script>/g;
const needsSite = /serviceWorker|data-search-open/;

export function packagePage(source: string, context: PageContext): PackagedPage {
  const assets = new Set<string>();
  const { pagePath, packagedPages, isFile, siteUrl, base = '/' } = context;

  /** A site URL as a path relative to this page, or undefined when the package lacks it. */
  const local = (url: string): string | undefined => {
    // Outside the base, a URL is not the site's (another app on the same host).
    if (!url.startsWith(base)) return undefined;
    const fromRoot = url.slice(base.length - 1);
    const cut = fromRoot.search(/[?#]/);
    const path = cut < 0 ? fromRoot : fromRoot.slice(0, cut);
    const rest = cut < 0 ? '' : fromRoot.slice(cut);
    const page = packagedPages.get(path);
    if (page !== undefined) return (page === pagePath ? '' : relativePath(pagePath, page)) + rest || './';
    if (path.length > 1 && !path.endsWith('/') && isFile(path)) {
      assets.add(path);
      return relativePath(pagePath, path.slice(1)) + rest;
    }
    return undefined;
  };

  let html = source;
  for (const pattern of removals) html = html.replace(pattern, '');
  html = html.replace(scriptsOut, (whole, body: string) => (needsSite.test(body) ? '' : whole));

  // Links: to a page or file in the package, relative; to anything else, out to the public site or plain text.
  html = html.replace(
    /<a\b([^>]*?)\shref="(\/[^"]*)"([^>]*)>([\s\S]*?)<\/a>/g,
    (_, before: string, url: string, after: string, inner: string) => {
      const inside = local(url);
      if (inside !== undefined) return `<a${before} href="${inside}"${after}>${inner}</a>`;
      const attributes = `${before}${after}`.replace(
        /\s(?:rel|hreflang|download|target|data-keep-section)(?:="[^"]*")?/g,
        '',
      );
      // The URL keeps its base: it is the public site's own address for that page.
      if (siteUrl) return `<a${attributes} href="${siteUrl}${url}" target="_blank" rel="noopener">${inner}</a>`;
      return `<span${attributes.replace(/\saria-current="[^"]*"/, '')}>${inner}</span>`;
    },
  );
  html = html.replace(/\s(src|href|component-url|renderer-url)="(\/[^"]*)"/g, (whole, name: string, url: string) => {
    const inside = local(url);
    return inside === undefined ? whole : ` ${name}="${inside}"`;
  });
  // Island props name data files (`/data/sample-customers.csv`) that widgets fetch or offer for download.
  html = html.replace(/\sprops="[^"]*"/g, (props) =>
    props.replace(/&quot;(\/[^&"]*)&quot;/g, (whole, url: string) => {
      const inside = local(url);
      return inside === undefined ? whole : `&quot;${inside}&quot;`;
    }),
  );
  html = html.replace(/url\((\/[^)"']+)\)/g, (whole, url: string) => {
    const inside = local(url);
    return inside === undefined ? whole : `url(${inside})`;
  });

  const adapter = `<script src="${relativePath(pagePath, 'scorm-adapter.js')}" ${context.adapterAttributes}></script>`;
  const csp = /<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html);
  html = csp ? html.replace(csp[0], `${csp[0]}${adapter}`) : html.replace(/<head>/, `<head>${adapter}`);

  const leftovers = [
    ...html.matchAll(/\s(?:href|src|action|srcset|component-url|renderer-url|data-[\w-]+)="(\/[^"]*)"/g),
    ...html.matchAll(/url\((\/[^)]*)\)/g),
  ].map((match) => match[1]!);
  return { html, assets: [...assets], leftovers };
}

/**
 * The files a script or stylesheet names among `candidates` (file names in the same folder, as
 * Vite writes its chunks: `from"./basics.x.js"`, `import(\`./TestRun.y.js\`)`, a worker's URL).
 */
export function namedFiles(text: string, candidates: readonly string[]): string[] {
  return candidates.filter((name) => text.includes(name));
}

/**
 * Vite's preload helper, in the chunk that holds it, turns a chunk's dependencies into URLs from
 * the site's root (`/` + `_astro/x.js`) to preload them before a dynamic import; in a package that
 * asks the LMS's root for them. Packaged, it resolves them from the helper's own chunk (in
 * `_astro/`, hence `../`). Undefined when the chunk has a preload helper of another shape, which
 * the package script reports.
 */
export function packageChunk(text: string, base = '/'): string | undefined {
  if (!text.includes('modulepreload')) return text;
  // Under BASE_PATH=/crm/ the helper returns `/crm/`+name; the package drops the base as the pages do.
  const helper = new RegExp(
    `function\\((\\w+)\\)\\{return\`${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\`\\+\\1\\}`,
  );
  if (!helper.test(text)) return undefined;
  return text.replace(
    helper,
    (_, name: string) => `function(${name}){return new URL(\`../\`+${name},import.meta.url).href}`,
  );
}
