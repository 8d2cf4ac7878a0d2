/**
 * The class table's rows: per student, what each task of the assignment came to (done, score in
 * percent, role-play ending), the time spent on the assignment's chapters, and the mean score
 * over the tasks that have one (reading and widget exercises have none, so they neither raise nor
 * lower it; a scored task not done still counts with the score it has).
 */
import type { EndingKind } from '../roleplay/scenarioScales.ts';
import type { FiledReport } from './readReportFiles.ts';

export interface TaskCell {
  done: boolean;
  /** 0–100. */
  score?: number;
  ending?: EndingKind;
}

export interface ClassRow {
  file: string;
  name: string;
  number?: string;
  madeAt: number;
  tasks: TaskCell[];
  /** Milliseconds on the assignment's chapters' pages. */
  timeMs: number;
  /** 0–100; none when no task of the report has a score. */
  meanScore?: number;
}

export function classRow({ file, report }: FiledReport): ClassRow {
  const tasks = report.tasks.map((result): TaskCell => ({
    done: result.done,
    ...(result.score === undefined ? {} : { score: result.score * 100 }),
    ...(result.ending === undefined ? {} : { ending: result.ending }),
  }));
  const scores = tasks.flatMap((task) => (task.score === undefined ? [] : [task.score]));
  const timeMs = Object.values(report.time).reduce((sum, ms) => sum + ms, 0);
  return {
    file,
    name: report.student.name,
    ...(report.student.number ? { number: report.student.number } : {}),
    madeAt: report.madeAt,
    tasks,
    timeMs,
    ...(scores.length > 0 ? { meanScore: scores.reduce((sum, score) => sum + score, 0) / scores.length } : {}),
  };
}

/** The rows in the order a class list reads: by name in the page's language (pinyin order in Chinese), then number. */
export function classRows(reports: readonly FiledReport[], languageTag: string): ClassRow[] {
  const collator = new Intl.Collator(languageTag, { numeric: true });
  return reports
    .map(classRow)
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.number ?? '', b.number ?? ''));
}
