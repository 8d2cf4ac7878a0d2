/**
 * SERVQUAL gap scores (Parasuraman, Zeithaml & Berry 1988, 1991): each item's gap is perception
 * minus expectation (P − E, so a shortfall is negative), a dimension's gap is the mean of its
 * items' gaps, and the overall gap is the mean of the five dimension gaps, each dimension
 * counting once however many items it has, as the 1991 paper recommends (the plain mean of all
 * 22 item gaps would give reliability and empathy, with five items each, more say).
 */
import { checkRatings } from './checkRatings.ts';
import { dimensionMean, dimensions, meanOfDimensions, type Dimension } from './dimensions.ts';
import type { ServqualProblem } from './servqualProblem.ts';

export interface GapRatings {
  expected: readonly number[];
  perceived: readonly number[];
}

export interface DimensionGap {
  dimension: Dimension;
  /** Mean expectation and mean perception of the dimension's items. */
  expected: number;
  perceived: number;
  /** Mean of the items' P − E: from −6 (every item 1 against 7) to +6. */
  gap: number;
}

export interface GapScores {
  /** P − E of each item, item n at index n − 1. */
  itemGaps: number[];
  /** The five dimensions in questionnaire order. */
  dimensions: DimensionGap[];
  /** Each dimension's gap, by name. */
  gaps: Record<Dimension, number>;
  /** Mean of the five dimension gaps. */
  overall: number;
  /** The dimensions with the lowest gap (several when tied): the largest shortfall when it is below 0. */
  lowest: Dimension[];
}

export type GapResult = { ok: true; scores: GapScores } | { ok: false; problems: ServqualProblem[] };

/** Gaps closer than this are the same gap (means of whole numbers differ by far more when they differ). */
const TIE = 1e-9;

/** The dimensions whose value is the lowest of all, ties included, in questionnaire order. */
export function lowestDimensions(values: Readonly<Record<Dimension, number>>): Dimension[] {
  const lowest = Math.min(...dimensions.map((dimension) => values[dimension]));
  return dimensions.filter((dimension) => values[dimension] - lowest < TIE);
}

export function gapScores(ratings: GapRatings): GapResult {
  const problems = [...checkRatings('expected', ratings.expected), ...checkRatings('perceived', ratings.perceived)];
  if (problems.length > 0) return { ok: false, problems };
  const itemGaps = ratings.perceived.map((perceived, index) => perceived - ratings.expected[index]!);
  const rows = dimensions.map((dimension) => ({
    dimension,
    expected: dimensionMean(ratings.expected, dimension),
    perceived: dimensionMean(ratings.perceived, dimension),
    gap: dimensionMean(itemGaps, dimension),
  }));
  const gaps = Object.fromEntries(rows.map((row) => [row.dimension, row.gap])) as Record<Dimension, number>;
  return {
    ok: true,
    scores: { itemGaps, dimensions: rows, gaps, overall: meanOfDimensions(gaps), lowest: lowestDimensions(gaps) },
  };
}
