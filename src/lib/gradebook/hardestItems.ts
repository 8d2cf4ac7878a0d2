/**
 * The items the class found hardest: every quiz and exam item of the assignment that someone
 * answered, with its mean score over those who answered it and how many did, lowest mean first
 * (on a tie, the item more students answered first, as the surer finding, then in task order).
 * An item in two tasks (a practice and a test quiz of one chapter) pools its answers.
 */
import type { FiledReport } from './readReportFiles.ts';

export interface ItemDifficulty {
  id: string;
  kind: 'quiz' | 'exam';
  /** The quiz's chapter slug; exam items carry their chapter in their id. */
  chapter?: string;
  /** 0–1. */
  meanScore: number;
  answered: number;
}

export function hardestItems(reports: readonly FiledReport[]): ItemDifficulty[] {
  const byId = new Map<
    string,
    { kind: 'quiz' | 'exam'; chapter?: string; sum: number; answered: number; order: number }
  >();
  for (const { report } of reports)
    report.assignment.tasks.forEach((task, index) => {
      if (task.kind !== 'quiz' && task.kind !== 'exam') return;
      for (const item of report.tasks[index]?.items ?? []) {
        let entry = byId.get(item.id);
        if (!entry) {
          entry = {
            kind: task.kind,
            ...(task.kind === 'quiz' ? { chapter: task.chapter } : {}),
            sum: 0,
            answered: 0,
            order: byId.size,
          };
          byId.set(item.id, entry);
        }
        entry.sum += item.score;
        entry.answered += 1;
      }
    });
  return [...byId.entries()]
    .map(([id, entry]) => ({ id, entry, meanScore: entry.sum / entry.answered }))
    .sort((a, b) => a.meanScore - b.meanScore || b.entry.answered - a.entry.answered || a.entry.order - b.entry.order)
    .map(({ id, entry, meanScore }) => ({
      id,
      kind: entry.kind,
      ...(entry.chapter === undefined ? {} : { chapter: entry.chapter }),
      meanScore,
      answered: entry.answered,
    }));
}
