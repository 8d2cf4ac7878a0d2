/**
 * Whether everything an assignment names exists in this build of the course: a link made for an
 * older or newer version of the site may name a chapter, quiz item, scenario, exam item or widget
 * that is not here, or give a widget exercise a setting the widget does not take. Each one missing is listed with the task it belongs to, so the page can say
 * which part of the assignment cannot be done rather than load half of it silently.
 */
import type { Assignment } from '../../schemas/assignment.ts';
import { unfitSetting, type StartField } from './exerciseStart.ts';

/** What this build of the course holds, by id. */
export interface CourseCatalogue {
  /** Each chapter's slug, with its quiz item ids and the widgets it embeds, each with the settings it takes. */
  chapters: ReadonlyMap<
    string,
    { quizItems: ReadonlySet<string>; widgets: ReadonlyMap<string, readonly StartField[]> }
  >;
  scenarios: ReadonlySet<string>;
  examItems: ReadonlySet<string>;
}

export interface MissingReference {
  /** The task's place in the assignment, from 0. */
  task: number;
  /**
   * `setting`: an exercise setting the widget does not take, or of the wrong kind. A number out of
   * the widget's bounds is the widget's to name when it opens (the instructor's form never makes one).
   */
  kind: 'chapter' | 'quizItem' | 'scenario' | 'examItem' | 'widget' | 'setting';
  id: string;
}

export function missingReferences(assignment: Assignment, course: CourseCatalogue): MissingReference[] {
  return assignment.tasks.flatMap((task, index): MissingReference[] => {
    const missing = (kind: MissingReference['kind'], ids: string[]) => ids.map((id) => ({ task: index, kind, id }));
    switch (task.kind) {
      case 'roleplay':
        return course.scenarios.has(task.scenario) ? [] : missing('scenario', [task.scenario]);
      case 'exam':
        return missing(
          'examItem',
          task.items.filter((id) => !course.examItems.has(id)),
        );
      default: {
        const chapter = course.chapters.get(task.chapter);
        if (!chapter) return missing('chapter', [task.chapter]);
        if (task.kind === 'quiz')
          return missing(
            'quizItem',
            (task.items ?? []).filter((id) => !chapter.quizItems.has(id)),
          );
        if (task.kind !== 'exercise') return [];
        const start = chapter.widgets.get(task.widget);
        if (!start) return missing('widget', [task.widget]);
        const unfit = task.settings ? unfitSetting(start, task.settings) : null;
        return unfit === null ? [] : missing('setting', [unfit]);
      }
    }
  });
}
