/**
 * A class's gaps: each respondent's dimension gaps and overall gaps as gapScores.ts computes them
 * for one person, then across respondents the mean of each with its 95 % confidence interval
 * (meanInterval.ts). The weighted overall uses one importance split for the whole class, the one
 * the student typed, when there is a valid one.
 */
import { dimensions, type Dimension } from './dimensions.ts';
import { gapScores, type GapRatings } from './gapScores.ts';
import { weightedGap, type Importance } from './importanceWeights.ts';
import { meanInterval, type MeanInterval } from './meanInterval.ts';
import type { ServqualProblem } from './servqualProblem.ts';

export interface ClassGaps {
  respondents: number;
  dimensions: Record<Dimension, MeanInterval>;
  overall: MeanInterval;
  /** Null when the split is not valid (its problems are shown by the split's fields). */
  weighted: MeanInterval | null;
}

export type ClassResult = { ok: true; gaps: ClassGaps } | { ok: false; problems: ServqualProblem[] };

export function classGaps(respondents: readonly GapRatings[], importance: Importance | null): ClassResult {
  if (respondents.length === 0) return { ok: false, problems: [{ code: 'noRespondents' }] };
  const perDimension = Object.fromEntries(dimensions.map((dimension) => [dimension, [] as number[]])) as Record<
    Dimension,
    number[]
  >;
  const overall: number[] = [];
  const weighted: number[] = [];
  for (const ratings of respondents) {
    const scored = gapScores(ratings);
    if (!scored.ok) return scored;
    for (const dimension of dimensions) perDimension[dimension].push(scored.scores.gaps[dimension]);
    overall.push(scored.scores.overall);
    const weighting = importance ? weightedGap(scored.scores.gaps, importance) : null;
    if (weighting?.ok) weighted.push(weighting.gap);
  }
  return {
    ok: true,
    gaps: {
      respondents: respondents.length,
      dimensions: Object.fromEntries(
        dimensions.map((dimension) => [dimension, meanInterval(perDimension[dimension])]),
      ) as Record<Dimension, MeanInterval>,
      overall: meanInterval(overall),
      weighted: weighted.length === respondents.length ? meanInterval(weighted) : null,
    },
  };
}
