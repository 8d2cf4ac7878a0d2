/**
 * The recency × frequency grid of RFM analysis: how many customers sit in each of the 5 × 5
 * cells and what they earn, so a student can see where the loyal, the new and the lapsing
 * customers are (top right: recent and frequent; bottom left: long gone, bought once).
 */
import type { CustomerRecord } from './customerRecord.ts';
import type { RfmScore } from './rfmScores.ts';

export interface RfmCell {
  recency: number;
  frequency: number;
  customers: number;
  totalProfit: number;
  totalRevenue: number;
}

/** 25 cells, recency 1–5 in the outer order, frequency 1–5 in the inner, empty cells included. */
export function rfmGrid(customers: readonly CustomerRecord[], scores: readonly RfmScore[]): RfmCell[] {
  const cells: RfmCell[] = [];
  for (let recency = 1; recency <= 5; recency++) {
    for (let frequency = 1; frequency <= 5; frequency++) {
      cells.push({ recency, frequency, customers: 0, totalProfit: 0, totalRevenue: 0 });
    }
  }
  customers.forEach((customer, i) => {
    const score = scores[i];
    if (!score) return;
    const cell = cells[(score.recency - 1) * 5 + (score.frequency - 1)]!;
    cell.customers += 1;
    cell.totalProfit += customer.profit;
    cell.totalRevenue += customer.revenue;
  });
  return cells;
}
