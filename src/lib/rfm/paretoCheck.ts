/**
 * The 80/20 check: what share of customers, the most profitable first, brings 80 % of the profit,
 * and what share of the profit the top 20 % of customers bring. Loss-making customers make the
 * second figure exceed 100 % when the rest of the base loses money overall (Kaplan's "whale curve").
 */
import type { CustomerRecord } from './customerRecord.ts';
import { rankByProfit } from './profitRanking.ts';

export interface ParetoCheck {
  /** Fewest customers whose profit reaches `target` of the total. */
  customersForTarget: number;
  customerShareForTarget: number;
  /** Profit of the top 20 % of customers (rounded to whole customers) as a share of the total. */
  profitShareOfTopFifth: number;
}

/** Null when the base makes no profit overall: "80 % of the profit" then means nothing. */
export function paretoCheck(customers: readonly CustomerRecord[], target = 0.8): ParetoCheck | null {
  const ranked = rankByProfit(customers);
  const total = ranked.reduce((sum, c) => sum + c.profit, 0);
  if (ranked.length === 0 || !(total > 0)) return null;
  let cumulative = 0;
  let customersForTarget = ranked.length;
  for (let i = 0; i < ranked.length; i++) {
    cumulative += ranked[i]!.profit;
    if (cumulative >= target * total - 1e-9 * Math.abs(total)) {
      customersForTarget = i + 1;
      break;
    }
  }
  const topFifth = ranked.slice(0, Math.round(0.2 * ranked.length));
  return {
    customersForTarget,
    customerShareForTarget: customersForTarget / ranked.length,
    profitShareOfTopFifth: topFifth.reduce((sum, c) => sum + c.profit, 0) / total,
  };
}
