/**
 * A task of an assignment as the student's checklist and the report's summary name it: its line in
 * the page's language, where it is done, how it counts as done, and the chosen items it is limited
 * to. Ids the catalogue lacks never reach here (the page checks the link's references first).
 */
import type { AssignmentStrings } from '../../i18n/types.ts';
import type { AssignmentTask } from '../../schemas/assignment.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { AssignmentCatalogue, CatalogueChapter } from './catalogue.ts';

export interface TaskView {
  title: string;
  href: string;
  openText: string;
  howDone: string;
  /** The chosen items' lines, when the task counts only some of a quiz. */
  chosen: string[];
}

/** The chapter an exam item belongs to, by its `chN-` id. */
const examChapter = (catalogue: AssignmentCatalogue, itemId: string): CatalogueChapter | undefined =>
  catalogue.chapters.find((chapter) => chapter.examItems.some((item) => item.id === itemId));

export function taskView(task: AssignmentTask, catalogue: AssignmentCatalogue, t: AssignmentStrings): TaskView {
  const chapterOf = (slug: string) => catalogue.chapters.find((chapter) => chapter.slug === slug)!;
  switch (task.kind) {
    case 'read': {
      const chapter = chapterOf(task.chapter);
      return {
        title: fillTemplate(t.tasks.read, { n: chapter.number, title: chapter.title }),
        href: chapter.href,
        openText: fillTemplate(t.open.read, { n: chapter.number }),
        howDone: t.howDone.read,
        chosen: [],
      };
    }
    case 'quiz': {
      const chapter = chapterOf(task.chapter);
      const practice = task.mode === 'practice';
      const items = task.items ?? [];
      return {
        title: fillTemplate(practice ? t.tasks.quizPractice : t.tasks.quizTest, { n: chapter.number }),
        href: chapter.quizHref ?? chapter.href,
        openText: fillTemplate(t.open.quiz, { n: chapter.number }),
        howDone: practice ? t.howDone.quizPractice : t.howDone.quizTest,
        chosen: items.map((id) => chapter.quizItems.find((item) => item.id === id)?.label ?? id),
      };
    }
    case 'exam': {
      const chapter = examChapter(catalogue, task.items[0]!)!;
      return {
        title: fillTemplate(t.tasks.exam, { n: chapter.number, count: task.items.length }),
        href: chapter.examHref ?? chapter.href,
        openText: fillTemplate(t.open.exam, { n: chapter.number }),
        howDone: t.howDone.exam,
        chosen: task.items.map(
          (id) => examChapter(catalogue, id)?.examItems.find((item) => item.id === id)?.label ?? id,
        ),
      };
    }
    case 'roleplay': {
      const scenario = catalogue.scenarios.find((candidate) => candidate.id === task.scenario)!;
      return {
        title: fillTemplate(t.tasks.roleplay, { title: scenario.label }),
        href: scenario.href,
        openText: t.open.roleplay,
        howDone: t.howDone.roleplay,
        chosen: [],
      };
    }
    case 'exercise': {
      const chapter = chapterOf(task.chapter);
      const widget = chapter.widgets.find((candidate) => candidate.id === task.widget)!;
      return {
        title: fillTemplate(t.tasks.exercise, { n: chapter.number, title: widget.label }),
        href: widget.href,
        openText: t.open.exercise,
        howDone: t.howDone.exercise,
        chosen: [],
      };
    }
  }
}
