/**
 * A survey export opened as a file: its columns, the one most likely to hold the 0–10 answers,
 * and a column as the text of the scores box (one answer a line, the heading left out since the
 * column is chosen by it), so the student sees and can correct exactly what is read.
 */
import type { CsvRecord } from '../rfm/csvRecords.ts';
import { readNumber } from '../text/readNumber.ts';
import { readScoreList } from './scoreList.ts';

export interface ScoreColumns {
  /** Each column's heading, or its number when the file has no heading row or the heading is blank. */
  names: string[];
  /** The column with the most good scores (the first of equals). */
  best: number;
  /** The first record names the columns: some field of it is not a number. */
  headed: boolean;
}

export function scoreColumns(records: readonly CsvRecord[]): ScoreColumns {
  const width = Math.max(0, ...records.map((record) => record.fields.length));
  const first = records[0]?.fields ?? [];
  const headed = first.some((field) => field.trim() !== '' && !readNumber(field).ok);
  const names = Array.from({ length: width }, (_, column) => (headed && first[column]?.trim()) || String(column + 1));
  let best = 0;
  let bestScores = -1;
  for (let column = 0; column < width; column++) {
    const { scores } = readScoreList(columnText(records, column, headed));
    if (scores > bestScores) [best, bestScores] = [column, scores];
  }
  return { names, best, headed };
}

/** A column below its heading, one field a line (a field holding several answers stays on its line). */
export function columnText(records: readonly CsvRecord[], column: number, headed: boolean): string {
  return records
    .slice(headed ? 1 : 0)
    .map((record) => (record.fields[column] ?? '').trim())
    .join('\n');
}
