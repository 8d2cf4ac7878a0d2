/**
 * Grading a set of placements: each placed card right or wrong and, where the categories have an
 * order, how many steps off and which way (a repeat customer put on "member" is two rungs too
 * high), so the feedback can say how near the learner came; and a tally for the summary. Placements
 * that name no card or no category are a problem the view turns into words, never an exception.
 */
import type { Placements, SortKey } from './sortKey.ts';

export interface CardGrade {
  card: string;
  placed: string;
  answer: string;
  right: boolean;
  /**
   * Ordered sets only: the placed category's position less the right one's, so +2 is two steps
   * too high (or late) and −1 one too low (or early); 0 when right, null for an unordered set.
   */
  offBy: number | null;
}

export interface SortGrade {
  cards: number;
  placed: number;
  right: number;
  /** One per placed card, in the key's order of cards. */
  grades: CardGrade[];
}

export type SortProblem =
  { kind: 'unknownCard'; card: string } | { kind: 'unknownCategory'; card: string; category: string };

export type SortGradeResult = { ok: true; grade: SortGrade } | { ok: false; problem: SortProblem };

export function gradeSort(key: SortKey, placements: Placements): SortGradeResult {
  const answers = new Map(key.cards.map((card) => [card.id, card.category]));
  for (const [card, category] of Object.entries(placements)) {
    if (!answers.has(card)) return { ok: false, problem: { kind: 'unknownCard', card } };
    if (!key.categories.includes(category)) return { ok: false, problem: { kind: 'unknownCategory', card, category } };
  }
  const grades = key.cards.flatMap(({ id, category: answer }): CardGrade[] => {
    if (!Object.hasOwn(placements, id)) return [];
    const placed = placements[id]!;
    const offBy = key.ordered ? key.categories.indexOf(placed) - key.categories.indexOf(answer) : null;
    return [{ card: id, placed, answer, right: placed === answer, offBy }];
  });
  return {
    ok: true,
    grade: {
      cards: key.cards.length,
      placed: grades.length,
      right: grades.filter((grade) => grade.right).length,
      grades,
    },
  };
}

/** The categories with cards, every one of them placed right: their `next` advice can be shown. */
export function categoriesAllRight(key: SortKey, grade: SortGrade): string[] {
  const right = new Set(grade.grades.filter((card) => card.right).map((card) => card.card));
  return key.categories.filter((category) => {
    const own = key.cards.filter((card) => card.category === category);
    return own.length > 0 && own.every((card) => right.has(card.id));
  });
}

/** "Try again": the right placements stay, the wrong ones are taken back for another go. */
export function keepRight(placements: Placements, grade: SortGrade): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const card of grade.grades) if (card.right) kept[card.card] = placements[card.card]!;
  return kept;
}
