/**
 * A student's completion report, made from their progress on the device (the checklist page); the
 * gradebook reads it back with readReport.ts. No zod here: the student's page needs none of it.
 */
import type { Assignment } from '../../schemas/assignment.ts';
import type { AssignmentReport } from '../../schemas/assignmentReport.ts';
import { REPORT_FORMAT, REPORT_VERSION } from './reportFormat.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Progress } from '../progress/progressState.ts';
import { canonicalJson } from './canonicalJson.ts';
import { crc32 } from './crc32.ts';
import { taskResult, type QuizItemsByChapter } from './taskResults.ts';

/** The id every report of one assignment carries, whatever order its link's JSON had its keys in. */
export const assignmentId = (assignment: Assignment): string => crc32(canonicalJson(assignment));

/** The chapters an assignment's tasks are in (exam items by their `chN-` prefix), in course order. */
export function assignmentChapters(assignment: Assignment, chapterSlugs: readonly string[]): string[] {
  const named = new Set<string>();
  for (const task of assignment.tasks) {
    if (task.kind === 'exam')
      for (const item of task.items) {
        const number = /^ch(\d+)-/.exec(item)?.[1];
        const slug = number && chapterSlugs.find((candidate) => Number(candidate.slice(0, 2)) === Number(number));
        if (slug) named.add(slug);
      }
    else if (task.kind !== 'roleplay') named.add(task.chapter);
  }
  return chapterSlugs.filter((slug) => named.has(slug));
}

export interface ReportInput {
  assignment: Assignment;
  progress: Progress;
  quizItems: QuizItemsByChapter;
  /** Milliseconds spent on each chapter's pages (src/scripts/pageTime.ts), by slug. */
  chapterTime: Readonly<Record<string, number>>;
  /** The chapters the report gives time for: assignmentChapters(), and the role-plays' chapter. */
  chapters: readonly string[];
  student: { name: string; number?: string };
  locale: Locale;
  now: number;
}

export function buildReport(input: ReportInput): AssignmentReport {
  const { assignment, progress, quizItems, chapterTime, chapters, locale, now } = input;
  const name = input.student.name.trim();
  const number = input.student.number?.trim();
  const unsealed = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    assignment,
    assignmentId: assignmentId(assignment),
    student: number ? { name, number } : { name },
    madeAt: now,
    locale,
    tasks: assignment.tasks.map((task) => taskResult(task, progress, quizItems)),
    time: Object.fromEntries(chapters.map((slug) => [slug, Math.round(chapterTime[slug] ?? 0)])),
  } satisfies Omit<AssignmentReport, 'checksum'>;
  return { ...unsealed, checksum: crc32(canonicalJson(unsealed)) };
}
