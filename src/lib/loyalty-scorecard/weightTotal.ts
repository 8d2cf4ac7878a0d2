/**
 * The scorecard's weights must add up to 100 %: the running total the student sees, and the
 * problem that stops an index from being computed with weights that do not.
 */
import { loyaltyMeasures, type PerMeasure } from './loyaltyMeasures.ts';

/**
 * How far from 100 % a total may be and still count as 100 %: weights typed in percent become
 * fractions that do not always add up exactly in binary (0.15 + 0.15 + … is 0.9999999999999999),
 * while a student's own mistake is at least a hundredth of a percentage point.
 */
const TOLERANCE = 1e-6;

export interface WeightsProblem {
  code: 'weightsNot100';
  /** The weights' total, as a fraction (0.97 for 97 %). */
  total: number;
}

export function weightTotal(weights: Partial<PerMeasure>): number {
  return loyaltyMeasures.reduce((sum, measure) => sum + (weights[measure] ?? 0), 0);
}

export function weightsProblem(weights: PerMeasure): WeightsProblem | null {
  const total = weightTotal(weights);
  return Math.abs(total - 1) > TOLERANCE ? { code: 'weightsNot100', total } : null;
}
