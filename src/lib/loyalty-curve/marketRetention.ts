/**
 * Expected retention of a firm's customers from how many gave each satisfaction score:
 * Σ customers at x × likelihood at x ÷ all customers, in each market the widget compares. Takes
 * counts already checked (the widget's form, or retentionReport.ts), so the browser carries no
 * second check.
 */
import { courseNoteMidpoints } from './courseNoteTable.ts';
import { repurchaseLikelihood } from './repurchaseCurve.ts';

/** The four curves compared: switching costs 0, the slider's level, 1, and the course notes' table. */
export const markets = ['competitive', 'current', 'sheltered', 'table'] as const;
export type Market = (typeof markets)[number];

/** Customers who gave each score, 1 to 5 (index = score − 1). */
export type ScoreCounts = readonly [number, number, number, number, number];

export interface MarketRetention {
  /** Likelihood of buying again for scores 1 to 5 (index = score − 1). */
  likelihoods: number[];
  /** Customers expected to buy again. */
  staying: number;
  /** Staying ÷ all customers. */
  retention: number;
}

export interface RetentionReport {
  customers: number;
  /** Share who gave a 4 or a 5: the "satisfaction rate" the chapter warns about. */
  satisfiedShare: number;
  meanScore: number;
  markets: Record<Market, MarketRetention>;
}

const scores = [1, 2, 3, 4, 5];

/** Σ counts[x] × values[x]: with likelihoods, how many of the customers are expected to buy again. */
export function expectedStaying(counts: ScoreCounts, values: readonly number[]): number {
  return counts.reduce((sum, count, i) => sum + count * values[i]!, 0);
}

/** Counts whole, not negative and not all zero; `switchingCost` the slider's level in [0, 1]. */
export function retentionByMarket(counts: ScoreCounts, switchingCost: number): RetentionReport {
  const customers = expectedStaying(counts, [1, 1, 1, 1, 1]);
  const market = (likelihoods: number[]): MarketRetention => {
    const staying = expectedStaying(counts, likelihoods);
    return { likelihoods, staying, retention: staying / customers };
  };
  const curve = (level: number) => market(scores.map((score) => repurchaseLikelihood(score, level)));
  return {
    customers,
    satisfiedShare: (counts[3] + counts[4]) / customers,
    meanScore: expectedStaying(counts, scores) / customers,
    markets: {
      competitive: curve(0),
      current: curve(switchingCost),
      sheltered: curve(1),
      table: market([...courseNoteMidpoints]),
    },
  };
}
