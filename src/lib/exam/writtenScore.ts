/**
 * The score of a self-marked written answer: the marks of the rubric points the learner ticked
 * over the item's total marks. Ticks naming no point of the rubric (a point since removed) count
 * for nothing, and a point ticked twice counts once.
 */
export interface RubricMarks {
  id: string;
  marks: number;
}

export interface WrittenScore {
  got: number;
  total: number;
  /** got / total, 0–1 (0 for a rubric without marks). */
  share: number;
}

export function writtenScore(rubric: readonly RubricMarks[], ticked: readonly string[]): WrittenScore {
  const chosen = new Set(ticked);
  const total = rubric.reduce((sum, point) => sum + point.marks, 0);
  const got = rubric.reduce((sum, point) => sum + (chosen.has(point.id) ? point.marks : 0), 0);
  return { got, total, share: total > 0 ? got / total : 0 };
}
