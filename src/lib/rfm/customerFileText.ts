/**
 * A customer file's problems and left-out rows in words (the explorer's strings), each sentence
 * filled with exactly the values its code carries: line numbers and counts as counts, limits as
 * decimals, sizes in megabytes.
 */
import type { CustomerPyramidStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NumberFormats } from '../text/numberFormats.ts';
import type { CustomerFile, CustomerFileProblem } from './customerFile.ts';
import type { RowError } from './importCustomers.ts';
import { megabytes } from './importLimits.ts';

type Strings = CustomerPyramidStrings;
type Formats = Pick<NumberFormats, 'count' | 'decimal'>;

/** Why a file was not imported. */
export function fileProblemText(problem: CustomerFileProblem, strings: Strings, formats: Formats): string {
  switch (problem.code) {
    case 'fileTooLarge':
      return fillTemplate(strings.fileTooLarge, {
        size: megabytes(problem.bytes, formats),
        max: megabytes(problem.maxBytes, formats),
      });
    case 'fileUnreadable':
      return fillTemplate(strings.fileUnreadable, {});
    case 'tooManyRows':
      return fillTemplate(strings.fileProblems.tooManyRows, {
        rows: formats.count(problem.rows),
        maxRows: formats.count(problem.maxRows),
      });
    case 'noRows':
      return fillTemplate(strings.fileProblems.noRows, {});
    case 'unclosedQuote':
      return fillTemplate(strings.fileProblems.unclosedQuote, { line: formats.count(problem.line) });
    case 'missingColumn':
    case 'duplicateColumn':
      return fillTemplate(strings.fileProblems[problem.code], { column: problem.column });
  }
}

/** Why one row was left out, with its line and column. */
export function rowErrorText(error: RowError, strings: Strings, formats: Formats): string {
  const line = formats.count(error.line);
  const sentences = strings.rowErrors;
  switch (error.code) {
    case 'fieldCount':
      return fillTemplate(sentences.fieldCount, {
        line,
        expected: formats.count(error.expected),
        actual: formats.count(error.actual),
      });
    case 'required':
    case 'notANumber':
    case 'decimalComma':
    case 'notWhole':
      return fillTemplate(sentences[error.code], { line, field: error.field });
    case 'belowMin':
      return fillTemplate(sentences.belowMin, { line, field: error.field, min: formats.decimal(error.min) });
    case 'aboveMax':
    case 'tooLong':
      return fillTemplate(sentences[error.code], { line, field: error.field, max: formats.decimal(error.max) });
    case 'duplicateId':
      return fillTemplate(sentences.duplicateId, {
        line,
        field: error.field,
        firstLine: formats.count(error.firstLine),
      });
  }
}

export interface RowErrorReport {
  /** How many rows were left out in all. */
  title: string;
  /** One sentence per listed row error, in line order. */
  lines: string[];
  /** How many more were left out than are listed, when any. */
  more: string | null;
}

/** The rows an imported file left out, or null when it kept every row. */
export function rowErrorReport(
  file: { rowErrors: readonly RowError[]; unlistedRowErrors: number },
  strings: Strings,
  formats: Formats,
): RowErrorReport | null {
  const total = file.rowErrors.length + file.unlistedRowErrors;
  if (total === 0) return null;
  return {
    title: fillTemplate(strings.rowErrorsTitle, { n: formats.count(total) }),
    lines: file.rowErrors.map((error) => rowErrorText(error, strings, formats)),
    more:
      file.unlistedRowErrors > 0
        ? fillTemplate(strings.rowErrorsMore, { n: formats.count(file.unlistedRowErrors) })
        : null,
  };
}

/** What came of a chosen file, in words: why it was refused, or the rows it left out. */
export interface FileReport {
  problems: string[];
  rowErrors: RowErrorReport | null;
}

export function fileReport(file: CustomerFile, strings: Strings, formats: Formats): FileReport {
  return file.ok
    ? { problems: [], rowErrors: rowErrorReport(file, strings, formats) }
    : { problems: file.problems.map((problem) => fileProblemText(problem, strings, formats)), rowErrors: null };
}
