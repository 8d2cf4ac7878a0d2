/**
 * How the class's mean scores spread: ten bins of ten points, 0–10 %, 10–20 %, … 90–100 %, each
 * holding the scores from its lower edge up to (not including) its upper one, except that 100 %
 * falls in the last. A student with no scored task is counted apart.
 */
export const BINS = 10;

export interface ScoreDistribution {
  /** Students per bin, lowest bin first. */
  counts: number[];
  unscored: number;
}

/** The bin of a score of 0–100; float noise (69.99999999 for 70) is rounded away first. */
export function scoreBin(score: number): number {
  const tidy = Math.round(score * 1e6) / 1e6;
  return Math.min(BINS - 1, Math.max(0, Math.floor(tidy / (100 / BINS))));
}

export function scoreDistribution(means: readonly (number | undefined)[]): ScoreDistribution {
  const counts = Array.from({ length: BINS }, () => 0);
  let unscored = 0;
  for (const mean of means) {
    if (mean === undefined || !Number.isFinite(mean)) unscored += 1;
    else counts[scoreBin(mean)]! += 1;
  }
  return { counts, unscored };
}
