/**
 * A task as the class table's header and the CSV name it: "Read ch. 3", "Ch. 3 quiz (test)", the
 * scenario's title, the widget's. Names come from the catalogue of the build the page belongs to;
 * a chapter, scenario or widget it does not hold (a report from another version of the course) is
 * named by its id, so a header is never empty.
 */
import type { AssignmentTask } from '../../schemas/assignment.ts';
import type { CatalogueEntry } from '../assignment/catalogue.ts';
import { fillTemplate, type Template } from '../text/fillTemplate.ts';

/** What naming takes from the course catalogue (src/lib/assignment/catalogue.ts): a full catalogue is one. */
export interface NamingCatalogue {
  chapters: readonly { slug: string; number: number; widgets: readonly CatalogueEntry[] }[];
  scenarios: readonly CatalogueEntry[];
}

export interface TaskNameWords {
  read: Template<'chapter'>;
  quiz: Template<'chapter' | 'mode'>;
  quizItems: Template<'chapter' | 'mode' | 'count'>;
  practice: string;
  test: string;
  roleplay: Template<'scenario'>;
  exam: Template<'count'>;
  exercise: Template<'widget' | 'chapter'>;
}

export function taskName(task: AssignmentTask, catalogue: NamingCatalogue, words: TaskNameWords): string {
  const chapterOf = (slug: string) => catalogue.chapters.find((chapter) => chapter.slug === slug);
  const chapterNumber = (slug: string) => chapterOf(slug)?.number ?? Number(slug.slice(0, 2));
  switch (task.kind) {
    case 'read':
      return fillTemplate(words.read, { chapter: chapterNumber(task.chapter) });
    case 'quiz': {
      const mode = task.mode === 'test' ? words.test : words.practice;
      const chapter = chapterNumber(task.chapter);
      return task.items
        ? fillTemplate(words.quizItems, { chapter, mode, count: task.items.length })
        : fillTemplate(words.quiz, { chapter, mode });
    }
    case 'roleplay':
      return fillTemplate(words.roleplay, {
        scenario: catalogue.scenarios.find((scenario) => scenario.id === task.scenario)?.label ?? task.scenario,
      });
    case 'exam':
      return fillTemplate(words.exam, { count: task.items.length });
    case 'exercise':
      return fillTemplate(words.exercise, {
        widget: chapterOf(task.chapter)?.widgets.find((widget) => widget.id === task.widget)?.label ?? task.widget,
        chapter: chapterNumber(task.chapter),
      });
  }
}
