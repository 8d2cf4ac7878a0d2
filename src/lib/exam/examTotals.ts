/**
 * Marks added up: a marked paper's total, and a chapter's latest exam-practice score from the
 * learner's latest answer to each item (answers given to an item as it was before an edit left out).
 */
import type { Attempt } from '../../schemas/progress.ts';

export interface Marks {
  got: number;
  total: number;
}

export function addMarks(marks: readonly Marks[]): Marks {
  return marks.reduce((sum, one) => ({ got: sum.got + one.got, total: sum.total + one.total }), { got: 0, total: 0 });
}

export interface ChapterExamScore extends Marks {
  /** Items with an answer to the item as it is now. */
  answered: number;
  items: number;
}

/** The marks of an item's latest answer: its score share times the item's marks (shares are whole marks over the total). */
export const marksOf = (share: number, total: number): number => Math.round(share * total);

export function chapterExamScore(
  items: readonly { id: string; fingerprint: string; total: number }[],
  answers: Readonly<Record<string, readonly Attempt[]>>,
): ChapterExamScore {
  let answered = 0;
  const marks: Marks[] = [];
  for (const item of items) {
    const latest = Object.hasOwn(answers, item.id) ? answers[item.id]!.at(-1) : undefined;
    if (!latest || latest.fingerprint !== item.fingerprint) continue;
    answered++;
    marks.push({ got: marksOf(latest.score, item.total), total: item.total });
  }
  return { ...addMarks(marks), answered, items: items.length };
}
