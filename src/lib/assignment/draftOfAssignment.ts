/**
 * An assignment loaded back into the instructor's form, to edit it (a link opened on the
 * instructor's page, from the gradebook or a saved link). What this build of the course does not
 * hold is left out and counted, so the page can say so rather than drop it silently; an
 * exercise's settings come back as the form shows them (a setting the widget does not take counts
 * as left out).
 */
import type { Assignment } from '../../schemas/assignment.ts';
import { emptyChapter, emptyDraft, type AssignmentDraft, type ChapterDraft } from './assignmentDraft.ts';
import type { AssignmentCatalogue } from './catalogue.ts';
import { settingFits, startTexts } from './startForm.ts';

export interface LoadedDraft {
  draft: AssignmentDraft;
  /** How many chapters, items, widgets or scenarios the assignment names that this build lacks. */
  leftOut: number;
}

export function draftOfAssignment(assignment: Assignment, catalogue: AssignmentCatalogue): LoadedDraft {
  const draft: AssignmentDraft = {
    ...emptyDraft(),
    title: assignment.title,
    due: assignment.due ?? '',
    instructions: assignment.instructions ?? '',
  };
  let leftOut = 0;
  const chapterOf = (slug: string): ChapterDraft | undefined => {
    if (!catalogue.chapters.some((chapter) => chapter.slug === slug)) return undefined;
    return (draft.chapters[slug] ??= emptyChapter());
  };
  // Exam items are listed without their chapter: each is found where the catalogue holds it.
  const examChapter = new Map(
    catalogue.chapters.flatMap((chapter) => chapter.examItems.map((item) => [item.id, chapter.slug] as const)),
  );
  for (const task of assignment.tasks) {
    switch (task.kind) {
      case 'roleplay':
        if (catalogue.scenarios.some((scenario) => scenario.id === task.scenario)) {
          if (!draft.scenarios.includes(task.scenario)) draft.scenarios.push(task.scenario);
        } else leftOut++;
        break;
      case 'exam':
        for (const id of task.items) {
          const slug = examChapter.get(id);
          const chapter = slug === undefined ? undefined : chapterOf(slug);
          if (!chapter) leftOut++;
          else if (!chapter.examItems.includes(id)) chapter.examItems.push(id);
        }
        break;
      default: {
        const chapter = chapterOf(task.chapter);
        const offered = catalogue.chapters.find((entry) => entry.slug === task.chapter);
        if (!chapter || !offered) {
          leftOut++;
          break;
        }
        if (task.kind === 'read') chapter.read = true;
        else if (task.kind === 'exercise') {
          const widget = offered.widgets.find((candidate) => candidate.id === task.widget);
          if (!widget) {
            leftOut++;
            break;
          }
          if (!chapter.widgets.includes(task.widget)) chapter.widgets.push(task.widget);
          const fields = widget.start ?? [];
          const settings = Object.entries(task.settings ?? {});
          const fitting = settings.filter(([key, value]) => {
            const field = fields.find((candidate) => candidate.key === key);
            return field !== undefined && settingFits(field, value);
          });
          leftOut += settings.length - fitting.length;
          if (fitting.length > 0) chapter.starts[task.widget] = startTexts(fields, Object.fromEntries(fitting));
        } else {
          // The form holds one quiz per chapter: a second quiz task of the chapter adds its items to the first.
          if (offered.quizItems.length === 0) {
            leftOut++;
            break;
          }
          const known = (task.items ?? []).filter((id) => offered.quizItems.some((item) => item.id === id));
          leftOut += (task.items ?? []).length - known.length;
          const wasChosen = chapter.quiz !== 'none';
          chapter.quiz = task.mode;
          chapter.quizAll = task.items === undefined || (wasChosen && chapter.quizAll);
          chapter.quizItems = [...new Set([...chapter.quizItems, ...known])];
          if (!chapter.quizAll && chapter.quizItems.length === 0) {
            chapter.quiz = 'none';
            chapter.quizAll = true;
          }
        }
      }
    }
  }
  return { draft, leftOut };
}
