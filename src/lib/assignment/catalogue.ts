/**
 * What an assignment can name, in one locale (built with the site by src/data/assignmentCatalogue.ts
 * and handed to the instructor's and the student's pages as props): each chapter with its
 * addresses, quiz items, exam items and widgets, and the role-play scenarios.
 */
import type { CourseCatalogue } from './assignmentReferences.ts';
import type { StartField } from './exerciseStart.ts';

export interface CatalogueEntry {
  id: string;
  /** A short plain-text line naming the item: its question cut to a line, or the widget's title. */
  label: string;
}

export interface CatalogueChapter {
  slug: string;
  number: number;
  title: string;
  /** The chapter page, and its quiz and exam practice pages when it has them (with the site's base). */
  href: string;
  quizHref?: string;
  examHref?: string;
  quizItems: CatalogueEntry[];
  examItems: (CatalogueEntry & { format: string })[];
  /** The widgets, each with the address of its place in the chapter and the start an exercise may fix. */
  widgets: CatalogueWidget[];
}

/** A widget exercise's setting in the page's words: its label, and each choice's. */
export type StartFieldView = StartField & { label: string; choiceLabels?: Record<string, string> };

export interface CatalogueWidget extends CatalogueEntry {
  href: string;
  /** The settings an instructor may fix for an exercise on it (src/widgets/registry.ts `start`). */
  start?: StartFieldView[];
}

export interface AssignmentCatalogue {
  chapters: CatalogueChapter[];
  /** Role-play scenarios, played in the chapter that holds the role-play widget. */
  scenarios: (CatalogueEntry & { href: string })[];
}

/** The ids a link is checked against (src/lib/assignment/assignmentReferences.ts). */
export function courseCatalogueOf(catalogue: AssignmentCatalogue): CourseCatalogue {
  return {
    chapters: new Map(
      catalogue.chapters.map((chapter) => [
        chapter.slug,
        {
          quizItems: new Set(chapter.quizItems.map((item) => item.id)),
          widgets: new Map(chapter.widgets.map((widget) => [widget.id, widget.start ?? []])),
        },
      ]),
    ),
    scenarios: new Set(catalogue.scenarios.map((scenario) => scenario.id)),
    examItems: new Set(catalogue.chapters.flatMap((chapter) => chapter.examItems.map((item) => item.id))),
  };
}
