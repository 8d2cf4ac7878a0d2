/**
 * The debrief's path table: the student's reply and the best path's reply turn by turn, as long as
 * the longer of the two, with the turns where the student picked exactly the best reply marked.
 */
export interface PathRow {
  /** Counted from 1. */
  turn: number;
  mine: string | undefined;
  best: string | undefined;
  /** The student's reply at this turn is the best path's. */
  sameAsBest: boolean;
}

export function pathRows(taken: readonly string[], best: readonly string[]): PathRow[] {
  return Array.from({ length: Math.max(taken.length, best.length) }, (_, index) => {
    const mine = taken[index];
    const theirs = best[index];
    return { turn: index + 1, mine, best: theirs, sameAsBest: mine !== undefined && mine === theirs };
  });
}
