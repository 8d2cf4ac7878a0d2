/**
 * A class file's outcome in words (the scorer's `class` strings): why a file was refused, the rows
 * left out with their line and column, and each interval as "low to high". Loaded with the class
 * import only.
 */
import type { ServqualStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import { pluralText } from '../text/pluralText.ts';
import type { ClassFileProblem, ClassImport, ClassRowError } from './classCsv.ts';
import type { MeanInterval } from './meanInterval.ts';
import type { ServqualFormats } from './servqualFormats.ts';

type Strings = ServqualStrings['class'];

/** A size as the limit is stated: 2 MB, 0.3 MB. */
export function megabytes(bytes: number, languageTag: string): string {
  return `${new Intl.NumberFormat(languageTag, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

export function classFileProblemText(
  problem: ClassFileProblem | { code: 'fileUnreadable' | 'noRespondents' },
  strings: Strings,
  formats: ServqualFormats,
  languageTag: string,
): string {
  switch (problem.code) {
    case 'fileTooLarge':
      return fillTemplate(strings.fileTooLarge, {
        size: megabytes(problem.bytes, languageTag),
        max: megabytes(problem.maxBytes, languageTag),
      });
    case 'fileUnreadable':
      return strings.fileUnreadable;
    case 'tooManyRows':
      return fillTemplate(strings.fileProblems.tooManyRows, {
        rows: formats.count(problem.rows),
        maxRows: formats.count(problem.maxRows),
      });
    case 'unclosedQuote':
      return fillTemplate(strings.fileProblems.unclosedQuote, { line: formats.count(problem.line) });
    case 'missingColumns':
    case 'duplicateColumns':
      return fillTemplate(strings.fileProblems[problem.code], { columns: problem.columns.join(', ') });
    default:
      return strings.fileProblems[problem.code];
  }
}

export function classRowErrorText(error: ClassRowError, strings: Strings, formats: ServqualFormats): string {
  const line = formats.count(error.line);
  if (error.code === 'fieldCount')
    return fillTemplate(strings.rowErrors.fieldCount, {
      line,
      expected: formats.count(error.expected),
      actual: formats.count(error.actual),
    });
  const { problem, column } = error;
  switch (problem.code) {
    case 'belowMin':
    case 'notAboveMin':
      return fillTemplate(strings.rowErrors[problem.code], { line, column, min: formats.count(problem.min) });
    case 'aboveMax':
      return fillTemplate(strings.rowErrors.aboveMax, { line, column, max: formats.count(problem.max) });
    default:
      return fillTemplate(strings.rowErrors[problem.code], { line, column });
  }
}

export interface ClassRowReport {
  title: string;
  lines: string[];
  more: string | null;
}

/** The rows a file left out, or null when it kept every one. */
export function classRowReport(
  file: ClassImport,
  strings: Strings,
  formats: ServqualFormats,
  languageTag: string,
): ClassRowReport | null {
  const leftOut = file.rowsRead - file.respondents.length;
  if (leftOut === 0) return null;
  return {
    title: pluralText(languageTag, strings.rowErrorsTitle, leftOut, { n: formats.count(leftOut) }),
    lines: file.rowErrors.map((error) => classRowErrorText(error, strings, formats)),
    more:
      file.unlistedRowErrors > 0
        ? fillTemplate(strings.rowErrorsMore, { n: formats.count(file.unlistedRowErrors) })
        : null,
  };
}

/** An interval as "low to high", or why there is none. */
export function intervalText(interval: MeanInterval, strings: Strings, formats: ServqualFormats): string {
  return interval.low === null || interval.high === null
    ? strings.noInterval
    : fillTemplate(strings.interval, { low: formats.gap(interval.low), high: formats.gap(interval.high) });
}
