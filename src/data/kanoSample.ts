/**
 * The Kano classifier's sample survey for one locale: its description and each feature's name from
 * content/kano/ride-hailing.yaml, joined with the tallies of the answers file beside it (read when
 * the site is built, so the page ships counts, not 30 rows to parse on a phone).
 */
import { getEntry } from 'astro:content';
import answersCsv from '../../content/kano/ride-hailing-answers.csv?raw';
import type { Locale } from '../i18n/locales.ts';
import type { SurveyFeature } from '../lib/kano/kanoTally.ts';
import { sampleTallies } from '../lib/kano/sampleSurvey.ts';
import type { KanoSurveyText } from '../schemas/kanoSurvey.ts';

export const sampleAnswersFile = 'content/kano/ride-hailing-answers.csv';

export async function kanoSampleText(): Promise<KanoSurveyText> {
  const entry = await getEntry('kanoSurveys', 'ride-hailing');
  if (!entry) throw new Error('content/kano/ride-hailing.yaml is missing: the Kano classifier has no sample survey');
  return entry.data;
}

export { answersCsv as sampleAnswersCsv };

export interface KanoSampleView {
  about: string;
  features: SurveyFeature[];
}

export async function kanoSample(locale: Locale): Promise<KanoSampleView> {
  const text = await kanoSampleText();
  const ids = Object.keys(text.features);
  const features = sampleTallies(answersCsv, ids, sampleAnswersFile);
  return {
    about: text.about[locale],
    features: features.map((feature) => ({ name: text.features[feature.name]![locale], tally: feature.tally })),
  };
}
