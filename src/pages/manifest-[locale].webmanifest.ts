/**
 * The web app manifest of each locale, linked from that locale's pages: installed from an English
 * page, the course opens in English with an English name. `start_url` and `scope` stay inside the
 * site's base path (and the locale's own folder), as the service worker's scope does.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { strings } from '../i18n/index.ts';
import { isLocale, languageTag, locales } from '../i18n/locales.ts';
import { localizedPath, sitePath } from '../i18n/paths.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale ?? '';
  if (!isLocale(locale)) throw new Error(`No locale "${locale}" for the web app manifest`);
  const base = import.meta.env.BASE_URL;
  const t = strings(locale);
  const icon = (file: string, sizes: string, type: string, purpose: string) => ({
    src: sitePath(`icons/${file}`, base),
    sizes,
    type,
    purpose,
  });
  const manifest = {
    id: localizedPath(locale, '', base),
    name: t.offline.appName,
    short_name: t.offline.appShortName,
    description: t.site.description,
    lang: languageTag[locale],
    dir: 'ltr',
    start_url: localizedPath(locale, '', base),
    scope: localizedPath(locale, '', base),
    display: 'standalone',
    // The header's colour and the page's, in the light theme (a manifest holds one of each).
    theme_color: '#1d4e89',
    background_color: '#fdfcf9',
    icons: [
      icon('icon-192.png', '192x192', 'image/png', 'any'),
      icon('icon-512.png', '512x512', 'image/png', 'any'),
      icon('icon-maskable-192.png', '192x192', 'image/png', 'maskable'),
      icon('icon-maskable-512.png', '512x512', 'image/png', 'maskable'),
      icon('icon.svg', 'any', 'image/svg+xml', 'any'),
      icon('icon-monochrome.svg', 'any', 'image/svg+xml', 'monochrome'),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
};
