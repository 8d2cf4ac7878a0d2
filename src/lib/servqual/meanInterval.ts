/**
 * The mean of a sample with its 95 % confidence interval by Student's t: mean ± t(0.975, n − 1) ×
 * s ÷ √n, where s is the sample standard deviation (divisor n − 1). It assumes the respondents are
 * a random sample and their scores roughly normal or numerous; a single respondent has a mean but
 * no interval.
 */
import { studentTQuantile } from './studentT.ts';

export interface MeanInterval {
  n: number;
  mean: number;
  /** Sample standard deviation; null for one value. */
  sd: number | null;
  /** Half the interval's width (t × s ÷ √n); null for one value. */
  halfWidth: number | null;
  low: number | null;
  high: number | null;
}

/** The confidence level of every interval the widget shows. */
export const confidence = 0.95;

/** Needs at least one value (the class import refuses a file without a usable row). */
export function meanInterval(values: readonly number[]): MeanInterval {
  const n = values.length;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  if (n < 2) return { n, mean, sd: null, halfWidth: null, low: null, high: null };
  const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1));
  const halfWidth = (studentTQuantile(1 - (1 - confidence) / 2, n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, halfWidth, low: mean - halfWidth, high: mean + halfWidth };
}
