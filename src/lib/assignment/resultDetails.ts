/**
 * What a task's line says after its name, on the checklist and in the report's summary: done (and
 * when) or not, with its score, role-play ending or last answer, in the page's language.
 */
import type { AssignmentStrings } from '../../i18n/types.ts';
import type { TaskResult } from '../../schemas/assignmentReport.ts';
import type { EndingKind } from '../roleplay/scenarioScales.ts';
import { fillTemplate } from '../text/fillTemplate.ts';

export interface SummaryWords {
  strings: AssignmentStrings;
  endings: Readonly<Record<EndingKind, string>>;
  percent: (share: number) => string;
  date: (time: number) => string;
  count: (value: number) => string;
}

export function resultDetails(result: TaskResult, words: SummaryWords): string {
  const t = words.strings;
  const { done, at, score, ending } = result;
  const parts = [
    done ? (at === undefined ? t.status.done : fillTemplate(t.doneOn, { date: words.date(at) })) : t.status.notDone,
  ];
  if (score !== undefined) parts.push(fillTemplate(t.score, { score: words.percent(score) }));
  if (ending) parts.push(fillTemplate(t.bestEnding, { ending: words.endings[ending] }));
  if (!done && at !== undefined) parts.push(fillTemplate(t.lastAnswered, { date: words.date(at) }));
  return parts.join(t.detailSeparator);
}
