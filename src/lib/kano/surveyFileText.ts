/**
 * A survey file's problems and left-out answers in words (the classifier's strings), each sentence
 * filled with exactly the values its code carries: lines and counts as counts, sizes in
 * megabytes. Loaded with the importer, only when a student chooses a file.
 */
import type { KanoStrings } from '../../i18n/types.ts';
import type { FileReport } from '../rfm/customerFileText.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NumberFormats } from '../text/numberFormats.ts';
import type { SurveyRowError } from './importSurvey.ts';
import type { SurveyFile, SurveyFileReadProblem } from './surveyFile.ts';

type Formats = Pick<NumberFormats, 'count' | 'decimal'>;

const megabytes = (bytes: number, formats: Formats) => `${formats.decimal(bytes / 1024 / 1024)} MB`;

export function surveyProblemText(problem: SurveyFileReadProblem, strings: KanoStrings, formats: Formats): string {
  const sentences = strings.fileProblems;
  switch (problem.code) {
    case 'fileTooLarge':
      return fillTemplate(strings.fileTooLarge, {
        size: megabytes(problem.bytes, formats),
        max: megabytes(problem.maxBytes, formats),
      });
    case 'fileUnreadable':
      return strings.fileUnreadable;
    case 'tooManyRows':
      return fillTemplate(sentences.tooManyRows, {
        rows: formats.count(problem.rows),
        maxRows: formats.count(problem.maxRows),
      });
    case 'noRows':
    case 'noFeatures':
      return sentences[problem.code];
    case 'unclosedQuote':
      return fillTemplate(sentences.unclosedQuote, { line: formats.count(problem.line) });
    case 'tooManyFeatures':
      return fillTemplate(sentences.tooManyFeatures, {
        features: formats.count(problem.features),
        maxFeatures: formats.count(problem.maxFeatures),
      });
    case 'missingColumn':
    case 'duplicateColumn':
      return fillTemplate(sentences[problem.code], { feature: problem.feature, side: strings.sides[problem.side] });
  }
}

export function surveyRowErrorText(error: SurveyRowError, strings: KanoStrings, formats: Formats): string {
  const line = formats.count(error.line);
  switch (error.code) {
    case 'noAnswers':
      return fillTemplate(strings.rowErrors.noAnswers, { line });
    case 'missingAnswer':
      return fillTemplate(strings.rowErrors.missingAnswer, {
        line,
        feature: error.feature,
        side: strings.sides[error.side],
      });
    case 'unknownAnswer':
      return fillTemplate(strings.rowErrors.unknownAnswer, {
        line,
        feature: error.feature,
        side: strings.sides[error.side],
        text: error.text,
      });
  }
}

/** What came of a chosen file, in words: why it was refused, or the answers it left out. */
export function surveyFileReport(file: SurveyFile, strings: KanoStrings, formats: Formats): FileReport {
  if (!file.ok)
    return { problems: file.problems.map((problem) => surveyProblemText(problem, strings, formats)), rowErrors: null };
  const total = file.rowErrors.length + file.unlistedRowErrors;
  return {
    problems: [],
    rowErrors:
      total === 0
        ? null
        : {
            title: fillTemplate(strings.rowErrorsTitle, { n: formats.count(total) }),
            lines: file.rowErrors.map((error) => surveyRowErrorText(error, strings, formats)),
            more:
              file.unlistedRowErrors > 0
                ? fillTemplate(strings.rowErrorsMore, { n: formats.count(file.unlistedRowErrors) })
                : null,
          },
  };
}
