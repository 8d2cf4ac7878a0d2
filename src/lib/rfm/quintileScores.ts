/**
 * Quintile scores 1–5 as RFM analysis uses them: rank the customers from worst to best on one
 * measure and give the bottom fifth 1, the top fifth 5.
 *
 * Ties: customers with equal values always get the same score, the one the FIRST of them would
 * get by position (so a tie is scored down, never up). A score depends only on the values, not
 * on the order of the rows. With many ties (e.g. most customers bought once) a quintile can
 * therefore hold more or fewer than a fifth of the customers, and some scores may not occur.
 */

export type Direction = 'higherIsBetter' | 'lowerIsBetter';

/** Scores each value 1–5, in the order given; 0-based position p of n scores ⌊5p / n⌋ + 1. */
export function quintileScores(values: readonly number[], direction: Direction): number[] {
  const n = values.length;
  const worstFirst = values
    .map((value, index) => ({ value, index }))
    .sort((x, y) => (direction === 'higherIsBetter' ? x.value - y.value : y.value - x.value));
  const scores = new Array<number>(n);
  let groupStart = 0;
  worstFirst.forEach(({ value, index }, position) => {
    if (position > 0 && value !== worstFirst[position - 1]!.value) groupStart = position;
    scores[index] = Math.floor((5 * groupStart) / n) + 1;
  });
  return scores;
}
