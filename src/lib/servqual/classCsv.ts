/**
 * Reads a class's SERVQUAL answers from CSV text, in the browser (nothing is uploaded): one row per
 * respondent, columns E1 … E22 (expectation of items 1–22) and P1 … P22 (perception), each a whole
 * number from 1 to 7, in any order; other columns (a respondent id, a timestamp) are ignored.
 * Records are split by the course's one CSV reader (src/lib/rfm/csvRecords.ts) and every value is
 * read as a widget field reads it. A row with any problem is left out and reported with its line
 * and column; a file that cannot be read at all gets file problems and no respondents.
 */
import { ratingField } from '../../schemas/servqualRatings.ts';
import type { FieldProblem } from '../form/fieldProblem.ts';
import { readField } from '../form/readField.ts';
import { parseCsvRecords } from '../rfm/csvRecords.ts';
import { itemCount } from './dimensions.ts';
import type { GapRatings } from './gapScores.ts';

export const classLimits = {
  /** 2 MB holds tens of thousands of respondents: far above a class, well below what slows a phone. */
  maxBytes: 2 * 1024 * 1024,
  maxRows: 20_000,
  /** Row errors listed one by one; beyond this they are only counted. */
  maxListedErrors: 100,
};

export type ClassLimits = typeof classLimits;

/** The 44 columns a file needs: E1 … E22, then P1 … P22. */
export const classColumns: readonly string[] = ['E', 'P'].flatMap((letter) =>
  Array.from({ length: itemCount }, (_, index) => `${letter}${index + 1}`),
);

export type ClassFileProblem =
  | { code: 'fileTooLarge'; bytes: number; maxBytes: number }
  | { code: 'tooManyRows'; rows: number; maxRows: number }
  | { code: 'noRows' }
  | { code: 'unclosedQuote'; line: number }
  | { code: 'missingColumns'; columns: string[] }
  | { code: 'duplicateColumns'; columns: string[] };

export type ClassRowError =
  | { line: number; code: 'fieldCount'; expected: number; actual: number }
  | { line: number; code: 'rating'; column: string; problem: FieldProblem };

export interface ClassImport {
  respondents: GapRatings[];
  /** When there is one, `respondents` is empty. */
  fileProblems: ClassFileProblem[];
  /** The first `maxListedErrors` row errors, in line order. */
  rowErrors: ClassRowError[];
  unlistedRowErrors: number;
  /** Rows read, good or bad, the header not counted. */
  rowsRead: number;
}

/** "e1", " E01 ", "Ｅ１" all name column E1. */
function columnName(header: string): string {
  const match = /^([EP])0*(\d+)$/.exec(header.normalize('NFKC').trim().toUpperCase());
  return match ? `${match[1]}${match[2]}` : '';
}

const refused = (fileProblems: ClassFileProblem[], rowsRead = 0): ClassImport => ({
  respondents: [],
  fileProblems,
  rowErrors: [],
  unlistedRowErrors: 0,
  rowsRead,
});

export function importClassCsv(text: string, limits: ClassLimits = classLimits): ClassImport {
  // UTF-8 takes at least one byte per UTF-16 unit, so a string this long is too large already.
  const bytes = text.length > limits.maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > limits.maxBytes) return refused([{ code: 'fileTooLarge', bytes, maxBytes: limits.maxBytes }]);
  const parsed = parseCsvRecords(text);
  if (!parsed.ok) return refused([parsed.problem]);
  const [header, ...rows] = parsed.records;
  if (!header || rows.length === 0) return refused([{ code: 'noRows' }]);
  if (rows.length > limits.maxRows)
    return refused([{ code: 'tooManyRows', rows: rows.length, maxRows: limits.maxRows }], rows.length);

  const names = header.fields.map(columnName);
  const missing = classColumns.filter((column) => !names.includes(column));
  const duplicated = classColumns.filter((column) => names.indexOf(column) !== names.lastIndexOf(column));
  const problems: ClassFileProblem[] = [];
  if (missing.length > 0) problems.push({ code: 'missingColumns', columns: missing });
  if (duplicated.length > 0) problems.push({ code: 'duplicateColumns', columns: duplicated });
  if (problems.length > 0) return refused(problems, rows.length);
  const position = new Map(classColumns.map((column) => [column, names.indexOf(column)]));

  const respondents: GapRatings[] = [];
  const errors: ClassRowError[] = [];
  for (const { line, fields } of rows) {
    if (fields.length < header.fields.length) {
      errors.push({ line, code: 'fieldCount', expected: header.fields.length, actual: fields.length });
      continue;
    }
    const ratings: number[] = [];
    let rowOk = true;
    for (const column of classColumns) {
      const reading = readField(ratingField, fields[position.get(column)!] ?? '');
      if (reading.ok) ratings.push(reading.value);
      else {
        errors.push({ line, code: 'rating', column, problem: reading.problem });
        rowOk = false;
      }
    }
    if (rowOk) respondents.push({ expected: ratings.slice(0, itemCount), perceived: ratings.slice(itemCount) });
  }
  return {
    respondents,
    fileProblems: [],
    rowErrors: errors.slice(0, limits.maxListedErrors),
    unlistedRowErrors: Math.max(0, errors.length - limits.maxListedErrors),
    rowsRead: rows.length,
  };
}
