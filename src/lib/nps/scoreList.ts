/**
 * Reads the 0–10 answers a student pastes: typed by hand, a spreadsheet column, a survey export,
 * with Chinese or Latin punctuation. Entries are separated by any run of spaces (the ideographic
 * one too), tabs, line breaks, commas (, ，), enumeration commas (、) or semicolons (; ；); each is
 * read by the course's one number reader (full-width digits fold to ASCII, a trailing 分 is
 * allowed) and must be a whole number from 0 to 10. A bad entry is left out and reported with
 * where it stands, so one typo never costs the rest of the list; nothing here throws.
 */
import { readNumber } from '../text/readNumber.ts';
import type { NpsCounts } from './npsGroups.ts';
import { tallyScores } from './scoreTally.ts';

/** Far above a class survey, still instant on a phone. */
export const MAX_SCORE_ENTRIES = 100_000;

export type ScoreEntryProblem = 'notANumber' | 'notWhole' | 'outOfRange';

export interface BadScoreEntry {
  text: string;
  /** 1-based line of the text it stands on. */
  line: number;
  /** 1-based place among the entries of its line. */
  entry: number;
  /** How many entries its line holds: a line of one entry is named by its line alone. */
  lineEntries: number;
  problem: ScoreEntryProblem;
}

export interface ScoreList {
  /** Respondents per group among the good entries. */
  counts: NpsCounts;
  /** Good entries. */
  scores: number;
  bad: BadScoreEntry[];
  /** A lone first line that is not a number, taken as a pasted column's heading and skipped. */
  heading: string | null;
  /** Lines holding entries: with more than one, entries are placed by line. */
  lines: number;
  /** Why no NPS can come of it: nothing usable, or more entries than are read. */
  problem: { code: 'noScores' } | { code: 'tooMany'; max: number } | null;
}

const separators = /[\s,，、;；]+/u;
const lineBreaks = /\r\n|\r|\n/;

export function readScoreList(text: string): ScoreList {
  const rows = text
    .split(lineBreaks)
    .map((line, index) => ({ line: index + 1, entries: line.split(separators).filter(Boolean) }))
    .filter((row) => row.entries.length > 0);
  let heading: string | null = null;
  const first = rows[0];
  if (rows.length > 1 && first?.entries.length === 1 && !readNumber(first.entries[0]!).ok) {
    heading = first.entries[0]!;
    rows.shift();
  }
  const total = rows.reduce((sum, row) => sum + row.entries.length, 0);
  const empty = { promoters: 0, passives: 0, detractors: 0 };
  if (total > MAX_SCORE_ENTRIES) {
    return {
      counts: empty,
      scores: 0,
      bad: [],
      heading,
      lines: rows.length,
      problem: { code: 'tooMany', max: MAX_SCORE_ENTRIES },
    };
  }
  const scores: number[] = [];
  const bad: BadScoreEntry[] = [];
  for (const { line, entries } of rows) {
    entries.forEach((entry, index) => {
      const read = readScore(entry);
      if (typeof read === 'number') scores.push(read);
      else bad.push({ text: entry, line, entry: index + 1, lineEntries: entries.length, problem: read });
    });
  }
  return {
    counts: tallyScores(scores),
    scores: scores.length,
    bad,
    heading,
    lines: rows.length,
    problem: scores.length === 0 ? { code: 'noScores' } : null,
  };
}

/** The score an entry holds, or what is wrong with it. */
function readScore(entry: string): number | ScoreEntryProblem {
  const read = readNumber(entry, { units: ['分'] });
  if (!read.ok) return 'notANumber';
  if (!Number.isInteger(read.value)) return 'notWhole';
  return read.value < 0 || read.value > 10 ? 'outOfRange' : read.value;
}
