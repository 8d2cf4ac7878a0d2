/**
 * Reads a Kano survey file (CSV text, one row per respondent, a functional and a dysfunctional
 * column per feature, see surveyHeader.ts) into a class tally per feature. A pure function over
 * the text: nothing is uploaded anywhere. A pair with a problem (one answer missing, an answer
 * that is not one of the five) is left out and reported with its line, feature and question as a
 * code, never a sentence, so the widget can phrase it in either language; the respondent's other
 * pairs still count. A pair left blank in both columns is a question skipped, not an error.
 */
import { parseCsvRecords } from '../rfm/csvRecords.ts';
import { classifyPair } from './evaluationTable.ts';
import type { KanoAnswer, KanoSide } from './kanoAnswers.ts';
import { emptyTally, type SurveyFeature } from './kanoTally.ts';
import { readAnswer } from './readAnswer.ts';
import { answerColumn, featureKey } from './surveyHeader.ts';
import { surveyLimits, type SurveyLimits } from './surveyLimits.ts';

/** A problem with the file as a whole: nothing was imported. */
export type SurveyFileProblem =
  | { code: 'fileTooLarge'; bytes: number; maxBytes: number }
  | { code: 'tooManyRows'; rows: number; maxRows: number }
  | { code: 'noRows' }
  | { code: 'unclosedQuote'; line: number }
  /** No header names a feature with a functional or dysfunctional marker. */
  | { code: 'noFeatures' }
  | { code: 'tooManyFeatures'; features: number; maxFeatures: number }
  /** A feature has one of its two columns and not the other. */
  | { code: 'missingColumn'; feature: string; side: KanoSide }
  | { code: 'duplicateColumn'; feature: string; side: KanoSide };

/** A problem with one respondent's answer pair (left out), or with a whole row that answered nothing. */
export type SurveyRowError = { line: number } & (
  | { code: 'missingAnswer'; feature: string; side: KanoSide }
  /** `text`: the cell as written, cut to 30 characters. */
  | { code: 'unknownAnswer'; feature: string; side: KanoSide; text: string }
  | { code: 'noAnswers' }
);

export type SurveyImport =
  | {
      ok: true;
      /** Named as the functional column's header names them. */
      features: SurveyFeature[];
      /** Rows with at least one pair counted. */
      respondents: number;
      /** The first `maxListedErrors` row errors, in line order. */
      rowErrors: SurveyRowError[];
      /** Row errors beyond those listed. */
      unlistedRowErrors: number;
    }
  | { ok: false; problems: SurveyFileProblem[] };

interface FeatureColumns {
  name: string;
  functional?: number;
  dysfunctional?: number;
}

/** The features the header names, each with the positions of its two columns, or what is wrong with them. */
function readHeader(
  header: readonly string[],
  limits: SurveyLimits,
): { ok: true; columns: Required<FeatureColumns>[] } | { ok: false; problems: SurveyFileProblem[] } {
  const byKey = new Map<string, FeatureColumns>();
  const problems: SurveyFileProblem[] = [];
  header.forEach((text, index) => {
    const column = answerColumn(text);
    if (!column) return;
    const key = featureKey(column.feature);
    const feature = byKey.get(key) ?? { name: column.feature };
    if (feature[column.side] !== undefined)
      problems.push({ code: 'duplicateColumn', feature: feature.name, side: column.side });
    else feature[column.side] = index;
    byKey.set(key, feature);
  });
  const features = [...byKey.values()];
  if (features.length === 0) return { ok: false, problems: [{ code: 'noFeatures' }] };
  if (features.length > limits.maxFeatures)
    return {
      ok: false,
      problems: [{ code: 'tooManyFeatures', features: features.length, maxFeatures: limits.maxFeatures }],
    };
  for (const feature of features) {
    for (const side of ['functional', 'dysfunctional'] as const)
      if (feature[side] === undefined) problems.push({ code: 'missingColumn', feature: feature.name, side });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, columns: features as Required<FeatureColumns>[] };
}

type CellReading = { answer: KanoAnswer } | { blank: true } | { unknown: string };

function readCell(text: string | undefined): CellReading {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return { blank: true };
  const answer = readAnswer(trimmed);
  return answer ? { answer } : { unknown: trimmed.slice(0, 30) };
}

export function importSurveyCsv(text: string, limits: SurveyLimits = surveyLimits): SurveyImport {
  // UTF-8 takes at least one byte per UTF-16 unit, so a string longer than the limit is too large unread.
  if (text.length > limits.maxBytes)
    return { ok: false, problems: [{ code: 'fileTooLarge', bytes: text.length, maxBytes: limits.maxBytes }] };
  const parsed = parseCsvRecords(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const [header, ...rows] = parsed.records;
  if (!header || rows.length === 0) return { ok: false, problems: [{ code: 'noRows' }] };
  if (rows.length > limits.maxRows)
    return { ok: false, problems: [{ code: 'tooManyRows', rows: rows.length, maxRows: limits.maxRows }] };
  const read = readHeader(header.fields, limits);
  if (!read.ok) return read;

  const features = read.columns.map((column) => ({ name: column.name, tally: emptyTally() }));
  const errors: SurveyRowError[] = [];
  let respondents = 0;
  for (const { line, fields } of rows) {
    let counted = 0;
    let problems = 0;
    read.columns.forEach((column, index) => {
      const functional = readCell(fields[column.functional]);
      const dysfunctional = readCell(fields[column.dysfunctional]);
      if ('blank' in functional && 'blank' in dysfunctional) return;
      if ('answer' in functional && 'answer' in dysfunctional) {
        features[index]!.tally[classifyPair(functional.answer, dysfunctional.answer)]++;
        counted++;
        return;
      }
      for (const [side, cell] of [
        ['functional', functional],
        ['dysfunctional', dysfunctional],
      ] as const) {
        if ('blank' in cell) errors.push({ line, code: 'missingAnswer', feature: column.name, side });
        else if ('unknown' in cell)
          errors.push({ line, code: 'unknownAnswer', feature: column.name, side, text: cell.unknown });
        else continue;
        problems++;
      }
    });
    if (counted > 0) respondents++;
    else if (problems === 0) errors.push({ line, code: 'noAnswers' });
  }
  return {
    ok: true,
    features,
    respondents,
    rowErrors: errors.slice(0, limits.maxListedErrors),
    unlistedRowErrors: Math.max(0, errors.length - limits.maxListedErrors),
  };
}
