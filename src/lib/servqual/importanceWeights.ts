/**
 * The weighted overall gap: the student shares 100 points of importance across the five
 * dimensions (the point-allocation question Parasuraman, Zeithaml & Berry added in 1991), and each
 * dimension's gap counts by its share: Σ points × gap ÷ 100. The points must be whole, none
 * negative, and add up to exactly 100; otherwise the split is a problem, never a guess.
 */
import { importanceField, importanceTotal } from '../../schemas/servqualRatings.ts';
import { checkValue } from '../form/readField.ts';
import { dimensions, type Dimension } from './dimensions.ts';
import type { ServqualProblem } from './servqualProblem.ts';

export type Importance = Readonly<Record<Dimension, number>>;

/** The split's five number fields, one per dimension, for the form. */
export const importanceFields = Object.fromEntries(
  dimensions.map((dimension) => [dimension, importanceField]),
) as Record<Dimension, typeof importanceField>;

/** Twenty points each: where a blank questionnaire starts. */
export const equalSplit: Importance = {
  tangibles: 20,
  reliability: 20,
  responsiveness: 20,
  assurance: 20,
  empathy: 20,
};

/** The rule across the five fields, for a form whose fields are each fine: the total, when it is not 100. */
export function splitTotalProblem(importance: Importance): { total: number } | null {
  const total = importanceSum(importance);
  return total === importanceTotal ? null : { total };
}

/** The total of a split, or a problem for any field off its bounds and, when all are fine, a total other than 100. */
export function checkImportance(importance: Readonly<Record<Dimension, unknown>>): ServqualProblem[] {
  const problems: ServqualProblem[] = [];
  let total = 0;
  for (const dimension of dimensions) {
    const checked = checkValue(importanceField, importance[dimension]);
    if (checked.ok) total += checked.value;
    else problems.push({ code: 'importance', dimension, problem: checked.problem });
  }
  if (problems.length === 0 && total !== importanceTotal) problems.push({ code: 'importanceTotal', total });
  return problems;
}

/** The points typed so far, for the running total beside the fields (what cannot be read counts as 0). */
export function importanceSum(importance: Readonly<Partial<Record<Dimension, number>>>): number {
  return dimensions.reduce((sum, dimension) => sum + (importance[dimension] ?? 0), 0);
}

export type WeightedGap = { ok: true; gap: number } | { ok: false; problems: ServqualProblem[] };

export function weightedGap(gaps: Readonly<Record<Dimension, number>>, importance: Importance): WeightedGap {
  const problems = checkImportance(importance);
  if (problems.length > 0) return { ok: false, problems };
  const gap = dimensions.reduce(
    (sum, dimension) => sum + (importance[dimension] * gaps[dimension]) / importanceTotal,
    0,
  );
  return { ok: true, gap };
}
