/**
 * A task of an assignment as the student's checklist and the report's summary name it: its line in
 * the page's language, where it is done, how it counts as done, and the chosen items it is limited
 * to. Ids the catalogue lacks never reach here (the page checks the link's references first).
 */
import type { AssignmentStrings } from '../../i18n/types.ts';
import type { AssignmentTask } from '../../schemas/assignment.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { AssignmentCatalogue, CatalogueChapter } from './catalogue.ts';
import { startSearch, withSearch } from './exerciseStart.ts';

export interface TaskView {
  title: string;
  href: string;
  openText: string;
  howDone: string;
  /** The chosen items' lines, when the task counts only some of a quiz. */
  chosen: string[];
}

/** How a setting's number is shown: exactly as given (a rate of 0.0001 stays 0.0001), a share in percent. */
export interface SettingFormats {
  number: (value: number) => string;
  percent: (fraction: number) => string;
}

/**
 * An exercise's starting settings, one line each ("Servers: 3"), in the order the widget lists its
 * fields; none for any other task. The task's link (taskView) opens the widget there.
 */
export function startLines(
  task: AssignmentTask,
  catalogue: AssignmentCatalogue,
  t: AssignmentStrings,
  formats: SettingFormats,
): string[] {
  if (task.kind !== 'exercise' || !task.settings) return [];
  const settings = task.settings;
  const fields =
    catalogue.chapters
      .find((chapter) => chapter.slug === task.chapter)
      ?.widgets.find((widget) => widget.id === task.widget)?.start ?? [];
  return fields.flatMap((field) => {
    const value = settings[field.key];
    if (value === undefined) return [];
    const shown =
      'number' in field && typeof value === 'number'
        ? (field.number.percent ? formats.percent : formats.number)(value)
        : (field.choiceLabels?.[String(value)] ?? String(value));
    return [fillTemplate(t.startSetting, { label: field.label, value: shown })];
  });
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
        href: withSearch(widget.href, startSearch(widget.start ?? [], task.settings ?? {})),
        openText: t.open.exercise,
        howDone: t.howDone.exercise,
        chosen: [],
      };
    }
  }
}
