/**
 * A student's completion report: made from their progress on the device (the checklist page), and
 * read back from a file (the gradebook) into the report or a named problem, never an exception.
 */
import type { Assignment } from '../../schemas/assignment.ts';
import { REPORT_FORMAT, REPORT_VERSION, reportSchema, type AssignmentReport } from '../../schemas/assignmentReport.ts';
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

/** The biggest report file read: a whole course's answers, written ones included, come to well under 1 MB. */
export const REPORT_FILE_MAX = 2_000_000;

export type ReportProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'notReport' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'invalid'; paths: string[] }
  /** The checksum does not match: the file was changed or damaged after it was made. */
  | { kind: 'damaged' };

export type ReportReading = { ok: true; report: AssignmentReport } | { ok: false; problem: ReportProblem };

export function readReport(text: string): ReportReading {
  if (text.length > REPORT_FILE_MAX) return { ok: false, problem: { kind: 'tooLarge' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== REPORT_FORMAT)
    return { ok: false, problem: { kind: 'notReport' } };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > REPORT_VERSION)
    return { ok: false, problem: { kind: 'newerVersion', version } };
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      problem: { kind: 'invalid', paths: [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))] },
    };
  const { checksum, ...unsealed } = parsed.data;
  if (crc32(canonicalJson(unsealed)) !== checksum || assignmentId(parsed.data.assignment) !== parsed.data.assignmentId)
    return { ok: false, problem: { kind: 'damaged' } };
  return { ok: true, report: parsed.data };
}
