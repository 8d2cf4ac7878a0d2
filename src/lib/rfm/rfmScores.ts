/**
 * RFM scores of each customer: recency (days since the last purchase, recent = 5), frequency
 * (purchases) and monetary value (revenue), each a quintile score 1–5 within the customer base.
 */
import type { CustomerRecord } from './customerRecord.ts';
import { quintileScores } from './quintileScores.ts';

export interface RfmScore {
  recency: number;
  frequency: number;
  monetary: number;
  /** The three digits as analysts write them, e.g. "545". */
  code: string;
}

/** Scores every customer against the others; results in the input order. */
export function scoreRfm(customers: readonly CustomerRecord[]): RfmScore[] {
  const recency = quintileScores(
    customers.map((c) => c.lastPurchaseDaysAgo),
    'lowerIsBetter',
  );
  const frequency = quintileScores(
    customers.map((c) => c.purchases),
    'higherIsBetter',
  );
  const monetary = quintileScores(
    customers.map((c) => c.revenue),
    'higherIsBetter',
  );
  return customers.map((_, i) => ({
    recency: recency[i]!,
    frequency: frequency[i]!,
    monetary: monetary[i]!,
    code: `${recency[i]}${frequency[i]}${monetary[i]}`,
  }));
}
