/** The gradebook's item words (labels and choice texts) as a JSON file per locale, fetched on demand (src/data/gradebookItems.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { gradebookItems } from '../../data/gradebookItems.ts';
import { isLocale, locales } from '../../i18n/locales.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale ?? '';
  if (!isLocale(locale)) throw new Error(`No locale "${locale}" for the gradebook's item words`);
  const words = await gradebookItems(locale, import.meta.env.BASE_URL);
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
