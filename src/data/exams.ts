/**
 * The exam-format practice as pages need it, checked against the chapters when the site is built:
 * an exam file without its chapter, or an item tied to an objective its chapter does not declare,
 * stops the build with the file and the item named. Chapters without exam items have none.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { examItemView, type ExamItemView } from '../lib/exam/examItemView.ts';
import { EXAM_FORMATS, type ExamFormat } from '../schemas/exam.ts';
import { chaptersOf, type ChapterInfo } from './chapters.ts';

export interface ChapterExam {
  chapter: ChapterInfo;
  /** In paper order: 名词解释, 简答, 论述, 案例分析, each in the file's order. */
  items: ExamItemView[];
}

export const examPath = (slug: string): string => `exam/${slug}/`;
export const EXAM_INDEX_PATH = 'exam/';
export const MOCK_EXAM_PATH = 'exam/mock/';

export async function chapterExams(locale: Locale): Promise<ChapterExam[]> {
  const [chapters, exams] = await Promise.all([chaptersOf(locale), getCollection('exams')]);
  const bySlug = new Map(chapters.map((chapter) => [chapter.slug, chapter]));
  const itemsOf = new Map<string, ExamItemView[]>();
  for (const exam of exams) {
    const file = exam.filePath ?? `${exam.id}.yaml`;
    const chapter = bySlug.get(exam.id);
    if (!chapter) throw new Error(`${file}: there is no chapter named ${exam.id} for this exam practice`);
    const number = chapter.entry.data.chapter;
    if (number !== exam.data.chapter)
      throw new Error(`${file}: says chapter ${exam.data.chapter}, but ${exam.id} is chapter ${number}`);
    const declared = new Set(chapter.entry.data.objectives.map((objective) => objective.id));
    for (const item of exam.data.items)
      if (!declared.has(item.objective))
        throw new Error(
          `${file}: item ${item.id} checks objective ${item.objective}, which chapter ${number} does not declare`,
        );
    const views = exam.data.items.map((item) => examItemView(item, number, locale));
    itemsOf.set(
      exam.id,
      EXAM_FORMATS.flatMap((format) => views.filter((item) => item.format === format)),
    );
  }
  return chapters.map((chapter) => ({ chapter, items: itemsOf.get(chapter.slug) ?? [] }));
}

/** How many items of each format, in paper order. */
export function formatCounts(items: readonly ExamItemView[]): { format: ExamFormat; n: number; marks: number }[] {
  return EXAM_FORMATS.map((format) => {
    const of = items.filter((item) => item.format === format);
    return { format, n: of.length, marks: of.reduce((sum, item) => sum + item.total, 0) };
  });
}
