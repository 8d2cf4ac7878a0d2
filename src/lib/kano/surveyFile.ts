/**
 * A survey file the student chose, from the moment it is chosen to its tallies: refused unread when
 * it is over the size limit, so a huge file never stalls the page; then read as text and imported
 * (importSurvey.ts). The file is anything with a size and a text reader, as a browser's File is,
 * so this runs (and is tested) without a browser.
 */
import type { ChosenFile } from '../rfm/customerFile.ts';
import { importSurveyCsv, type SurveyFileProblem, type SurveyImport } from './importSurvey.ts';
import { surveyLimits, type SurveyLimits } from './surveyLimits.ts';

/** A problem with the file's content, or a file the browser could not read at all (moved, no permission). */
export type SurveyFileReadProblem = SurveyFileProblem | { code: 'fileUnreadable' };

export type SurveyFile = Extract<SurveyImport, { ok: true }> | { ok: false; problems: SurveyFileReadProblem[] };

export async function readSurveyFile(file: ChosenFile, limits: SurveyLimits = surveyLimits): Promise<SurveyFile> {
  if (file.size > limits.maxBytes)
    return { ok: false, problems: [{ code: 'fileTooLarge', bytes: file.size, maxBytes: limits.maxBytes }] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problems: [{ code: 'fileUnreadable' }] };
  }
  return importSurveyCsv(text, limits);
}
