/**
 * The instructor's form as plain data, and the assignment it makes (issue #19). The form keeps
 * choices per chapter, as the page shows them; the assignment lists tasks in the order a student
 * meets them: chapter by chapter (read, quiz, exercises, exam items), then the role-plays. What
 * the form cannot make into a valid assignment comes back as typed problems, each tied to the
 * field it belongs to, so the page can say it beside that field in its own language.
 */
import type { Assignment, AssignmentTask } from '../../schemas/assignment.ts';
import {
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
  IDS_MAX,
  INSTRUCTIONS_MAX,
  TASKS_MAX,
  TITLE_MAX,
} from '../../schemas/assignmentBounds.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { FieldProblem } from '../form/fieldProblem.ts';
import type { AssignmentCatalogue } from './catalogue.ts';
import { readStartTexts } from './startForm.ts';

export type QuizChoice = 'none' | 'practice' | 'test';

export interface ChapterDraft {
  read: boolean;
  quiz: QuizChoice;
  /** True: the whole quiz; false: only `quizItems`. */
  quizAll: boolean;
  quizItems: string[];
  examItems: string[];
  widgets: string[];
  /** Each ticked widget's starting settings as typed, by widget id and setting key ('' or absent: the widget's own). */
  starts: Record<string, Record<string, string>>;
}

export interface AssignmentDraft {
  title: string;
  /** YYYY-MM-DD as a date input gives it, or '' for no due date. */
  due: string;
  instructions: string;
  /** Keyed by chapter slug; a chapter left out has nothing chosen. */
  chapters: Record<string, ChapterDraft>;
  scenarios: string[];
}

export type DraftProblem =
  | { kind: 'noTitle' }
  | { kind: 'titleTooLong'; length: number }
  | { kind: 'instructionsTooLong'; length: number }
  | { kind: 'badDue' }
  | { kind: 'noQuizItems'; chapter: string }
  | { kind: 'tooManyItems'; chapter: string; count: number }
  | { kind: 'badSetting'; chapter: string; widget: string; key: string; problem: FieldProblem }
  | { kind: 'noTasks' }
  | { kind: 'tooManyTasks'; count: number };

export type DraftResult = { ok: true; assignment: Assignment } | { ok: false; problems: DraftProblem[] };

export function emptyChapter(): ChapterDraft {
  return { read: false, quiz: 'none', quizAll: true, quizItems: [], examItems: [], widgets: [], starts: {} };
}

export function emptyDraft(): AssignmentDraft {
  return { title: '', due: '', instructions: '', chapters: {}, scenarios: [] };
}

/** A calendar day that exists (no 31 February), written as a date input writes it. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** The chosen ids in the catalogue's order: the order of ticking does not matter, and unknown ids drop out. */
function inCourseOrder(chosen: readonly string[], offered: readonly { id: string }[]): string[] {
  const wanted = new Set(chosen);
  return offered.filter((entry) => wanted.has(entry.id)).map((entry) => entry.id);
}

/** The tasks the draft asks for, in course order, with the problems of each chapter's choices. */
function draftTasks(
  draft: AssignmentDraft,
  catalogue: AssignmentCatalogue,
): { tasks: AssignmentTask[]; problems: DraftProblem[] } {
  const tasks: AssignmentTask[] = [];
  const problems: DraftProblem[] = [];
  for (const chapter of catalogue.chapters) {
    const choice = draft.chapters[chapter.slug];
    if (!choice) continue;
    const slug = chapter.slug;
    if (choice.read) tasks.push({ kind: 'read', chapter: slug });
    if (choice.quiz !== 'none' && chapter.quizItems.length > 0) {
      if (choice.quizAll) tasks.push({ kind: 'quiz', chapter: slug, mode: choice.quiz });
      else {
        const items = inCourseOrder(choice.quizItems, chapter.quizItems);
        if (items.length === 0) problems.push({ kind: 'noQuizItems', chapter: slug });
        else if (items.length > IDS_MAX) problems.push({ kind: 'tooManyItems', chapter: slug, count: items.length });
        else tasks.push({ kind: 'quiz', chapter: slug, mode: choice.quiz, items });
      }
    }
    for (const widget of chapter.widgets.filter((offered) => choice.widgets.includes(offered.id))) {
      const reading = readStartTexts(widget.start ?? [], choice.starts[widget.id] ?? {});
      if (!reading.ok)
        for (const [key, problem] of Object.entries(reading.problems))
          problems.push({ kind: 'badSetting', chapter: slug, widget: widget.id, key, problem });
      else if (Object.keys(reading.settings).length > 0)
        tasks.push({ kind: 'exercise', chapter: slug, widget: widget.id, settings: reading.settings });
      else tasks.push({ kind: 'exercise', chapter: slug, widget: widget.id });
    }
    const exam = inCourseOrder(choice.examItems, chapter.examItems);
    if (exam.length > IDS_MAX) problems.push({ kind: 'tooManyItems', chapter: slug, count: exam.length });
    else if (exam.length > 0) tasks.push({ kind: 'exam', items: exam });
  }
  for (const scenario of inCourseOrder(draft.scenarios, catalogue.scenarios))
    tasks.push({ kind: 'roleplay', scenario });
  return { tasks, problems };
}

/** The assignment the draft makes, in the page's locale, or every problem that stops it. */
export function assignmentOfDraft(draft: AssignmentDraft, catalogue: AssignmentCatalogue, locale: Locale): DraftResult {
  const problems: DraftProblem[] = [];
  const title = draft.title.trim();
  if (title === '') problems.push({ kind: 'noTitle' });
  else if (title.length > TITLE_MAX) problems.push({ kind: 'titleTooLong', length: title.length });
  const due = draft.due.trim();
  if (due !== '' && !isDay(due)) problems.push({ kind: 'badDue' });
  const instructions = draft.instructions.trim();
  if (instructions.length > INSTRUCTIONS_MAX)
    problems.push({ kind: 'instructionsTooLong', length: instructions.length });
  const { tasks, problems: taskProblems } = draftTasks(draft, catalogue);
  problems.push(...taskProblems);
  // "No task" only when nothing at all was chosen: a chapter whose chosen items are missing has its own problem.
  if (tasks.length === 0 && taskProblems.length === 0) problems.push({ kind: 'noTasks' });
  if (tasks.length > TASKS_MAX) problems.push({ kind: 'tooManyTasks', count: tasks.length });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    assignment: {
      format: ASSIGNMENT_FORMAT,
      version: ASSIGNMENT_VERSION,
      locale,
      title,
      ...(due === '' ? {} : { due }),
      ...(instructions === '' ? {} : { instructions }),
      tasks,
    },
  };
}
