/**
 * A chapter quiz as its printed worksheet shows it, at build time: the items of one locale with
 * their options in the order the server renders them (the same for every learner before their own
 * order takes over), so the worksheet and its answer key letter them alike.
 */
import type { Locale } from '../i18n/locales.ts';
import { SERVER_SEED } from '../lib/order/serverSeed.ts';
import { arrangeItem } from '../lib/quiz/arrangeItem.ts';
import { localizeQuizItem } from '../lib/quiz/localizeQuizItem.ts';
import type { QuizItemView } from '../lib/quiz/quizItemView.ts';
import { chapterQuizzes, type ChapterQuiz } from './quizzes.ts';

/** A worksheet's page inside its locale. */
export function worksheetPath(slug: string): string {
  return `worksheets/${slug}/`;
}

/** The chapters of a locale that have a quiz, each with its items arranged as printed. */
export async function worksheetsOf(
  locale: Locale,
): Promise<{ chapter: ChapterQuiz['chapter']; items: QuizItemView[] }[]> {
  return (await chapterQuizzes(locale))
    .filter(({ items }) => items.length > 0)
    .map(({ chapter, items }) => ({
      chapter,
      items: items.map((item) => arrangeItem(localizeQuizItem(item, locale), SERVER_SEED)),
    }));
}
