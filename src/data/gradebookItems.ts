/**
 * The words the gradebook shows for quiz and exam items, in one locale: each item's one-line label
 * and, for a quiz item, the texts of its choices (so a common wrong answer reads as the choice a
 * student picked, not its id). Built with the site into a JSON file per locale that the gradebook
 * fetches only when a class has items to name: every item of the course would otherwise weigh
 * about 18 KB gz on a page most visitors never use.
 */
import type { Locale } from '../i18n/locales.ts';
import type { ItemWords } from '../lib/gradebook/responseText.ts';
import { localizeQuizItem } from '../lib/quiz/localizeQuizItem.ts';
import { assignmentCatalogue } from './assignmentCatalogue.ts';
import { chapterQuizzes } from './quizzes.ts';

export async function gradebookItems(locale: Locale, base: string): Promise<Record<string, ItemWords>> {
  const [catalogue, quizzes] = await Promise.all([assignmentCatalogue(locale, base), chapterQuizzes(locale)]);
  const views = new Map(quizzes.flatMap(({ items }) => items.map((item) => [item.id, localizeQuizItem(item, locale)])));
  const words: Record<string, ItemWords> = {};
  for (const chapter of catalogue.chapters) {
    for (const { id, label } of chapter.quizItems) {
      const view = views.get(id);
      words[id] = {
        label,
        ...(view?.choices.length ? { choices: view.choices } : {}),
        ...(view?.left.length ? { left: view.left } : {}),
        ...(view?.right.length ? { right: view.right } : {}),
      };
    }
    for (const { id, label } of chapter.examItems) words[id] = { label };
  }
  return words;
}
