/**
 * The most common wrong answer to each quiz item of the assignment: among the answers that scored
 * under full marks, grouped by what they say (responseKey), the largest group, with how many
 * answers it holds and what share of the item's wrong answers that is. On a tie, the answer
 * given first (in file order) stands. The items come in the order the assignment lists them. Items nobody got wrong are left out; exam items are
 * written answers, each in the student's own words, so they have no common answer to find.
 */
import type { StoredResponse } from '../../schemas/progress.ts';
import type { FiledReport } from './readReportFiles.ts';
import { responseKey } from './responseKey.ts';

export interface CommonWrongAnswer {
  itemId: string;
  chapter: string;
  /** One of the answers of the group, as given. */
  response: StoredResponse;
  count: number;
  /** Every wrong answer to the item. */
  wrong: number;
  /** count / wrong, 0–1. */
  share: number;
}

export function commonWrongAnswers(reports: readonly FiledReport[]): CommonWrongAnswer[] {
  const items = new Map<
    string,
    { chapter: string; wrong: number; groups: Map<string, { response: StoredResponse; count: number }> }
  >();
  const order = new Map<string, number>();
  for (const { report } of reports)
    report.assignment.tasks.forEach((task, index) => {
      if (task.kind !== 'quiz') return;
      for (const item of report.tasks[index]?.items ?? []) {
        if (!order.has(item.id)) order.set(item.id, order.size);
        if (item.score >= 1) continue;
        let entry = items.get(item.id);
        if (!entry) {
          entry = { chapter: task.chapter, wrong: 0, groups: new Map() };
          items.set(item.id, entry);
        }
        entry.wrong += 1;
        const key = responseKey(item.response);
        const group = entry.groups.get(key);
        if (group) group.count += 1;
        else entry.groups.set(key, { response: item.response, count: 1 });
      }
    });
  return [...items.entries()]
    .sort(([a], [b]) => order.get(a)! - order.get(b)!)
    .map(([itemId, entry]) => {
      let top: { response: StoredResponse; count: number } | undefined;
      for (const group of entry.groups.values()) if (!top || group.count > top.count) top = group;
      return {
        itemId,
        chapter: entry.chapter,
        response: top!.response,
        count: top!.count,
        wrong: entry.wrong,
        share: top!.count / entry.wrong,
      };
    });
}
