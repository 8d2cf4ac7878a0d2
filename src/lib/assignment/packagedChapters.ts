/**
 * The chapters an assignment sends students to, in course order: the ones whose SCORM packages
 * the instructor's page offers for a learning platform. A chapter is in when a task reads it, sets
 * its quiz or one of its widgets, or names one of its exam items; a role-play scenario brings in
 * the chapter that holds the role-play widget (the package of that chapter plays it).
 */
import type { AssignmentTask } from '../../schemas/assignment.ts';
import type { AssignmentCatalogue, CatalogueChapter } from './catalogue.ts';

export function packagedChapters(tasks: readonly AssignmentTask[], catalogue: AssignmentCatalogue): CatalogueChapter[] {
  const wanted = new Set<string>();
  for (const task of tasks) {
    if (task.kind === 'exam') {
      for (const chapter of catalogue.chapters)
        if (chapter.examItems.some((item) => task.items.includes(item.id))) wanted.add(chapter.slug);
    } else if (task.kind === 'roleplay') {
      const scenario = catalogue.scenarios.find((entry) => entry.id === task.scenario);
      const home = catalogue.chapters.find((chapter) =>
        chapter.widgets.some((widget) => widget.href === scenario?.href),
      );
      if (home) wanted.add(home.slug);
    } else wanted.add(task.chapter);
  }
  // The catalogue's order is the course's; a slug the catalogue lacks has no package to offer.
  return catalogue.chapters.filter((chapter) => wanted.has(chapter.slug));
}
