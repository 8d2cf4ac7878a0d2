/**
 * How many respondents a survey needs for its NPS interval to be ± `margin` points wide, if the
 * shares stayed as they are: n = 1.96² × (pP + pD − (pP − pD)²) ÷ (margin ÷ 100)², rounded up.
 * Shows a student why a score from a few dozen answers moves so much.
 */
import { Z95 } from './waldInterval.ts';

export function respondentsNeeded(unitVariance: number, margin: number): number {
  if (!(unitVariance > 0) || !(margin > 0)) return 0;
  // The small allowance keeps float noise (951.0000000001) from adding a respondent.
  return Math.ceil((Z95 * Z95 * unitVariance) / (margin / 100) ** 2 - 1e-9);
}
