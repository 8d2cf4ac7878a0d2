/**
 * The class as a CSV file for a spreadsheet or an LMS gradebook: one row per student with their
 * name, number, when the report was made (ISO 8601, UTC), each task's done (in the page's words)
 * and score, each role-play's ending in words, total minutes and the mean score. Numbers are
 * written plainly (a point for the decimal, at most one decimal place) because a spreadsheet reads
 * them as numbers only so; a cell with no value is left empty.
 */
import type { AssignmentTask } from '../../schemas/assignment.ts';
import type { EndingKind } from '../roleplay/scenarioScales.ts';
import { fillTemplate, type Template } from '../text/fillTemplate.ts';
import type { ClassRow } from './classRows.ts';
import { csvText } from './csvText.ts';

export interface CsvWords {
  name: string;
  number: string;
  madeAt: string;
  done: Template<'task'>;
  score: Template<'task'>;
  ending: Template<'task'>;
  minutes: string;
  mean: string;
  yes: string;
  no: string;
  endings: Readonly<Record<EndingKind, string>>;
}

/** At most one decimal, no trailing zeros, never "-0". */
const plainNumber = (value: number) => String(Math.round(value * 10) / 10 + 0);

export function classCsv(
  tasks: readonly AssignmentTask[],
  taskNames: readonly string[],
  rows: readonly ClassRow[],
  words: CsvWords,
): string {
  const header = [words.name, words.number, words.madeAt];
  tasks.forEach((task, index) => {
    const named = { task: taskNames[index] ?? String(index + 1) };
    header.push(fillTemplate(words.done, named), fillTemplate(words.score, named));
    if (task.kind === 'roleplay') header.push(fillTemplate(words.ending, named));
  });
  header.push(words.minutes, words.mean);

  const lines = rows.map((row) => {
    const cells = [row.name, row.number ?? '', new Date(row.madeAt).toISOString()];
    tasks.forEach((task, index) => {
      const cell = row.tasks[index];
      cells.push(cell?.done ? words.yes : words.no, cell?.score === undefined ? '' : plainNumber(cell.score));
      if (task.kind === 'roleplay') cells.push(cell?.ending ? words.endings[cell.ending] : '');
    });
    cells.push(plainNumber(row.timeMs / 60_000), row.meanScore === undefined ? '' : plainNumber(row.meanScore));
    return cells;
  });
  return csvText([header, ...lines]);
}
