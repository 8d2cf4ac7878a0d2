/**
 * Assembling a mock exam paper from every chapter's exam items, in the proportions Chinese CRM
 * papers use: 5 名词解释, 4 简答, 1 论述 and 1 案例分析. Items are spread over as many chapters as
 * possible (each pick goes to a chapter the paper has drawn least from so far, ties broken in the
 * learner's own seeded order), and the essay and the case come from different chapters whenever
 * two chapters have one. The same pool and seed always give the same paper; a format with fewer
 * items than the paper asks for gives all it has, and the paper says what it holds.
 */
import type { ExamFormat } from '../../schemas/exam.ts';
import { PAPER_ORDER } from './paperOrder.ts';
import { seededShuffle } from '../order/seededShuffle.ts';

/** How many items of each format a paper asks for. */
export const PAPER_COMPOSITION: Readonly<Record<ExamFormat, number>> = { term: 5, short: 4, essay: 1, case: 1 };

/** The order formats are drawn in: the single long items first, so they can take different chapters. */
const DRAW_ORDER: readonly ExamFormat[] = ['essay', 'case', 'short', 'term'];

export interface PoolItem {
  id: string;
  chapter: number;
  format: ExamFormat;
  /** The item's total marks. */
  total: number;
}

export interface Paper<Item extends PoolItem = PoolItem> {
  /** In paper order: by format (名词解释, 简答, 论述, 案例分析), then by chapter. */
  items: Item[];
  /** How many items of each format the paper holds. */
  counts: Record<ExamFormat, number>;
  totalMarks: number;
  chapters: number[];
}

export function drawPaper<Item extends PoolItem>(
  pool: readonly Item[],
  seed: string,
  composition: Readonly<Record<ExamFormat, number>> = PAPER_COMPOSITION,
): Paper<Item> {
  const chapters = [...new Set(pool.map((item) => item.chapter))].sort((a, b) => a - b);
  // One tie-break order of chapters for the whole paper, and each chapter's items of a format in an order of their own.
  const chapterOrder = seededShuffle(chapters, `${seed}:chapters`);
  const rank = new Map(chapterOrder.map((chapter, index) => [chapter, index]));
  const uses = new Map(chapters.map((chapter) => [chapter, 0]));
  const picked: Item[] = [];
  for (const format of DRAW_ORDER) {
    const left = new Map(
      chapters.map((chapter) => [
        chapter,
        seededShuffle(
          pool.filter((item) => item.chapter === chapter && item.format === format),
          `${seed}:${format}:${chapter}`,
        ),
      ]),
    );
    for (let n = 0; n < composition[format]; n++) {
      const candidates = chapters.filter((chapter) => left.get(chapter)!.length > 0);
      if (candidates.length === 0) break;
      const chapter = candidates.sort((a, b) => uses.get(a)! - uses.get(b)! || rank.get(a)! - rank.get(b)!)[0]!;
      picked.push(left.get(chapter)!.shift()!);
      uses.set(chapter, uses.get(chapter)! + 1);
    }
  }
  const items = picked.sort(
    (a, b) => PAPER_ORDER.indexOf(a.format) - PAPER_ORDER.indexOf(b.format) || a.chapter - b.chapter,
  );
  const counts = Object.fromEntries(
    PAPER_ORDER.map((format) => [format, items.filter((item) => item.format === format).length]),
  ) as Record<ExamFormat, number>;
  return {
    items,
    counts,
    totalMarks: items.reduce((sum, item) => sum + item.total, 0),
    chapters: [...new Set(items.map((item) => item.chapter))].sort((a, b) => a - b),
  };
}

/**
 * The time a paper suggests: 1.2 minutes a mark, as a 100-mark paper sat in 120 minutes allows,
 * rounded up to whole 5 minutes, 10 at least.
 */
export function suggestedMinutes(totalMarks: number): number {
  return Math.max(10, Math.ceil((totalMarks * 1.2) / 5) * 5);
}
