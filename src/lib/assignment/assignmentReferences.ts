/**
 * Whether everything an assignment names exists in this build of the course: a link made for an
 * older or newer version of the site may name a chapter, quiz item, scenario, exam item or widget
 * that is not here. Each one missing is listed with the task it belongs to, so the page can say
 * which part of the assignment cannot be done rather than load half of it silently.
 */
import type { Assignment } from '../../schemas/assignment.ts';

/** What this build of the course holds, by id. */
export interface CourseCatalogue {
  /** Each chapter's slug, with its quiz item ids and the widgets it embeds. */
  chapters: ReadonlyMap<string, { quizItems: ReadonlySet<string>; widgets: ReadonlySet<string> }>;
  scenarios: ReadonlySet<string>;
  examItems: ReadonlySet<string>;
}

export interface MissingReference {
  /** The task's place in the assignment, from 0. */
  task: number;
  kind: 'chapter' | 'quizItem' | 'scenario' | 'examItem' | 'widget';
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
        if (task.kind === 'exercise' && !chapter.widgets.has(task.widget)) return missing('widget', [task.widget]);
        return [];
      }
    }
  });
}
