/**
 * A completion report as a few lines of text for the student to paste where the class hands work
 * in (a chat, an email, a platform's text box): the assignment, the student, each task's state
 * with its score or ending, the time spent and the checksum, in the page's language.
 */
import type { AssignmentReport } from '../../schemas/assignmentReport.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { AssignmentCatalogue } from './catalogue.ts';
import { resultDetails, type SummaryWords } from './resultDetails.ts';
import { taskView } from './taskView.ts';

export function reportSummary(report: AssignmentReport, catalogue: AssignmentCatalogue, words: SummaryWords): string {
  const t = words.strings;
  const { name, number } = report.student;
  const done = report.tasks.filter((result) => result.done).length;
  const minutes = Object.values(report.time).reduce((sum, ms) => sum + ms, 0) / 60_000;
  return [
    fillTemplate(t.summary.assignment, { title: report.assignment.title }),
    number ? fillTemplate(t.summary.studentNumber, { name, number }) : fillTemplate(t.summary.student, { name }),
    fillTemplate(t.summary.made, { date: words.date(report.madeAt) }),
    fillTemplate(t.summary.done, { done, total: report.tasks.length }),
    ...report.assignment.tasks.map((task, index) =>
      fillTemplate(t.summary.taskLine, {
        n: index + 1,
        task: taskView(task, catalogue, t).title,
        status: resultDetails(report.tasks[index]!, words),
      }),
    ),
    fillTemplate(t.summary.time, { minutes: words.count(minutes) }),
    fillTemplate(t.summary.checksum, { checksum: report.checksum }),
  ].join('\n');
}
