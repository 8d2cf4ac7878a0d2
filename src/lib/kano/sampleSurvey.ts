/**
 * A sample survey as the site is built from it: its answers file (one row per respondent, two
 * columns per feature id, answers 1–5) read by the same importer a student's file goes through and
 * held to the feature ids its words file declares, in order; and the same answers rewritten for a
 * reader to download in their language, feature names and answers in words. Build-time only: a
 * sample that does not match its words stops the build with the file and the id named.
 */
import { csvText } from '../text/csvText.ts';
import { parseCsvRecords } from '../rfm/csvRecords.ts';
import { importSurveyCsv } from './importSurvey.ts';
import type { KanoAnswer } from './kanoAnswers.ts';
import type { SurveyFeature } from './kanoTally.ts';
import { readAnswer } from './readAnswer.ts';
import { answerColumn } from './surveyHeader.ts';

/** Each feature's tally, by id in the order of `ids`; throws, naming `file` and what is wrong, when the answers do not import cleanly. */
export function sampleTallies(csv: string, ids: readonly string[], file: string): SurveyFeature[] {
  const imported = importSurveyCsv(csv);
  if (!imported.ok) throw new Error(`${file} cannot be read: ${JSON.stringify(imported.problems)}`);
  if (imported.rowErrors.length > 0)
    throw new Error(`${file} has answers that cannot be read: ${JSON.stringify(imported.rowErrors)}`);
  const found = imported.features.map((feature) => feature.name);
  if (found.join() !== ids.join())
    throw new Error(`${file} has the features ${found.join(', ')}; its words file declares ${ids.join(', ')}`);
  return imported.features;
}

export interface SampleCsvWords {
  respondent: string;
  sides: { functional: string; dysfunctional: string };
  answers: Record<KanoAnswer, string>;
  /** Each feature's name by id. */
  names: Readonly<Record<string, string>>;
}

/** The sample's answers for download: the header in the reader's language, the answers in words. */
export function localizedSampleCsv(csv: string, words: SampleCsvWords): string {
  const parsed = parseCsvRecords(csv);
  if (!parsed.ok) throw new Error(`the sample survey cannot be read: ${JSON.stringify(parsed.problem)}`);
  const [header, ...rows] = parsed.records;
  const heading = (text: string) => {
    const column = answerColumn(text);
    return column ? `${words.names[column.feature] ?? column.feature} ${words.sides[column.side]}` : words.respondent;
  };
  const word = (text: string) => {
    const answer = readAnswer(text);
    return answer ? words.answers[answer] : text;
  };
  return csvText([
    (header?.fields ?? []).map(heading),
    ...rows.map(({ fields }) => fields.map((field, index) => (index === 0 ? field : word(field)))),
  ]);
}
