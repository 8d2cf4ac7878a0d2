/**
 * The Kano classifier's sample survey as a CSV file to download, in each locale: feature names and
 * answers in the reader's language, so it shows the format a student's own file may take (the
 * classifier reads it back to the same tallies).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { kanoSampleText, sampleAnswersCsv } from '../../data/kanoSample.ts';
import { strings } from '../../i18n/index.ts';
import { isLocale, locales } from '../../i18n/locales.ts';
import { localizedSampleCsv } from '../../lib/kano/sampleSurvey.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale ?? '';
  if (!isLocale(locale)) throw new Error(`No locale "${locale}" for the Kano sample survey`);
  const text = await kanoSampleText();
  const t = strings(locale).kano;
  const csv = localizedSampleCsv(sampleAnswersCsv, {
    respondent: t.respondentColumn,
    sides: t.sides,
    answers: t.answers,
    names: Object.fromEntries(Object.entries(text.features).map(([id, name]) => [id, name[locale]])),
  });
  // A byte-order mark so that spreadsheet programs open the Chinese text as UTF-8.
  return new Response(`\uFEFF${csv}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
