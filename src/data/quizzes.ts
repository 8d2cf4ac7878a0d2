/**
 * The chapter quizzes as pages need them, checked against their chapters when the site is built:
 * a quiz item that checks an objective its chapter does not declare, or a quiz without a chapter,
 * stops the build with the file and the item named.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { itemFingerprint } from '../lib/quiz/itemFingerprint.ts';
import { localizeQuizItem } from '../lib/quiz/localizeQuizItem.ts';
import { undeclaredObjectives } from '../lib/quiz/undeclaredObjectives.ts';
import type { QuizItemView } from '../lib/quiz/quizItemView.ts';
import type { QuizItem } from '../schemas/quiz.ts';
import { isWidgetId, type WidgetId } from '../widgets/registry.ts';
import { chapterComponentNames, chaptersOf, type ChapterInfo } from './chapters.ts';
import { mdxComponents } from './chapterComponents.ts';

export interface ChapterQuiz {
  chapter: ChapterInfo;
  items: QuizItem[];
}

/** Every chapter of a locale with its quiz items (none when the chapter has no quiz yet). */
export async function chapterQuizzes(locale: Locale): Promise<ChapterQuiz[]> {
  const [chapters, quizzes] = await Promise.all([chaptersOf(locale), getCollection('quizzes')]);
  const bySlug = new Map(chapters.map((chapter) => [chapter.slug, chapter]));
  for (const quiz of quizzes) {
    const file = quiz.filePath ?? `${quiz.id}.yaml`;
    const chapter = bySlug.get(quiz.id);
    if (!chapter) throw new Error(`${file}: there is no chapter named ${quiz.id} for this quiz`);
    if (chapter.entry.data.chapter !== quiz.data.chapter)
      throw new Error(
        `${file}: says chapter ${quiz.data.chapter}, but ${quiz.id} is chapter ${chapter.entry.data.chapter}`,
      );
    const [item] = undeclaredObjectives(quiz.data.items, chapter.entry.data.objectives);
    if (item)
      throw new Error(
        `${file}: item ${item.id} checks objective ${item.objective}, which chapter ${quiz.data.chapter} does not declare`,
      );
  }
  const itemsOf = new Map(quizzes.map((quiz) => [quiz.id, quiz.data.items]));
  return chapters.map((chapter) => ({ chapter, items: itemsOf.get(chapter.slug) ?? [] }));
}

export async function quizViewsOf(locale: Locale, slug: string): Promise<QuizItemView[]> {
  const quiz = (await chapterQuizzes(locale)).find(({ chapter }) => chapter.slug === slug);
  if (!quiz || quiz.items.length === 0)
    throw new Error(`<Quiz chapter="${slug}" />: there is no quiz for this chapter`);
  return quiz.items.map((item) => localizeQuizItem(item, locale));
}

/**
 * The widgets a chapter embeds, in order, from its MDX syntax tree. A component that is neither a
 * widget of the registry nor one of the chapter page's own stops the build, naming the file.
 */
export function widgetsOf(chapter: ChapterInfo): WidgetId[] {
  const names = mdxComponents(chapter.entry.body ?? '');
  const unknown = names.filter((name) => !isWidgetId(name) && !chapterComponentNames.includes(name));
  if (unknown.length > 0)
    throw new Error(
      `${chapter.entry.filePath ?? chapter.slug}: <${unknown[0]}> is neither a widget in src/widgets/registry.ts nor a chapter component (${chapterComponentNames.join(', ')})`,
    );
  return [...new Set(names.filter(isWidgetId))];
}

/** What the progress views need to know of each chapter: small enough to hand to an island. */
export interface ChapterOutline {
  slug: string;
  number: number;
  title: string;
  href: string;
  quizHref: string | undefined;
  items: { id: string; fingerprint: string }[];
  widgets: WidgetId[];
}

export async function courseOutline(locale: Locale, hrefOf: (path: string) => string): Promise<ChapterOutline[]> {
  return (await chapterQuizzes(locale)).map(({ chapter, items }) => ({
    slug: chapter.slug,
    number: chapter.entry.data.chapter,
    title: chapter.entry.data.title,
    href: hrefOf(`chapters/${chapter.slug}/`),
    quizHref: items.length ? hrefOf(`quizzes/${chapter.slug}/`) : undefined,
    items: items.map((item) => ({ id: item.id, fingerprint: itemFingerprint(item) })),
    widgets: widgetsOf(chapter),
  }));
}
