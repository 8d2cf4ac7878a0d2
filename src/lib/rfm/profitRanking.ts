/**
 * Customers from most to least profitable. Equal profits are ordered by customer id (plain code
 * point order, the same in every browser and locale), so tiers never depend on the file's order.
 */
import type { CustomerRecord } from './customerRecord.ts';

export function rankByProfit<T extends CustomerRecord>(customers: readonly T[]): T[] {
  return [...customers].sort(
    (x, y) => y.profit - x.profit || (x.customerId < y.customerId ? -1 : x.customerId > y.customerId ? 1 : 0),
  );
}
