/**
 * What "make my report" produces from the device: the report (its chapters' time included), the
 * file's text and name, and the summary to paste. The student's page loads this module only when
 * a report is asked for.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Assignment } from '../../schemas/assignment.ts';
import type { AssignmentReport } from '../../schemas/assignmentReport.ts';
import type { Progress } from '../progress/progressState.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import { assignmentChapters, buildReport } from './assignmentReport.ts';
import type { AssignmentCatalogue } from './catalogue.ts';
import { chapterTimes } from './chapterTime.ts';
import { reportSummary } from './reportSummary.ts';
import type { SummaryWords } from './resultDetails.ts';

export interface CompletionReportInput {
  assignment: Assignment;
  catalogue: AssignmentCatalogue;
  words: SummaryWords;
  progress: Progress;
  /** The device's storage entries, where the chapters' time is kept. */
  stored: Iterable<[string, string | null]>;
  student: { name: string; number?: string };
  locale: Locale;
  now: number;
}

export interface CompletionReport {
  report: AssignmentReport;
  fileText: string;
  fileName: string;
  summary: string;
}

/** A name every system accepts for a file: no path or reserved characters, not too long. */
const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').slice(0, 120);

export function completionReport(input: CompletionReportInput): CompletionReport {
  const { assignment, catalogue, words } = input;
  const slugs = catalogue.chapters.map((chapter) => chapter.slug);
  const chapters = new Set(assignmentChapters(assignment, slugs));
  // A role-play is played in the chapter holding the role-play widget.
  const rolePlayChapter = catalogue.chapters.find((chapter) =>
    chapter.widgets.some((widget) => widget.id === 'ComplaintRolePlay'),
  )?.slug;
  if (rolePlayChapter && assignment.tasks.some((task) => task.kind === 'roleplay')) chapters.add(rolePlayChapter);
  const report = buildReport({
    assignment,
    progress: input.progress,
    quizItems: new Map(catalogue.chapters.map((chapter) => [chapter.slug, chapter.quizItems.map((item) => item.id)])),
    chapterTime: chapterTimes(input.stored),
    chapters: slugs.filter((slug) => chapters.has(slug)),
    student: input.student,
    locale: input.locale,
    now: input.now,
  });
  return {
    report,
    fileText: JSON.stringify(report, null, 2),
    fileName: safeFileName(
      fillTemplate(words.strings.fileName, { title: assignment.title, name: report.student.name }),
    ),
    summary: reportSummary(report, catalogue, words),
  };
}
