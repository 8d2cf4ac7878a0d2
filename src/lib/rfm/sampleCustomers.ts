/**
 * The synthetic customers behind the pyramid and RFM explorer: a seeded, repeatable draw with
 * the skew real customer bases show (a few customers bring most of the profit, some lose money).
 * Used by scripts/generate-customers.ts and by the test that checks the committed file.
 * (Imports carry their .ts extension so Node can run the script without a build step.)
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { customerColumns, type CustomerRecord } from './customerRecord.ts';

export const sampleSeed = 20031;
export const sampleSize = 3000;

/** Two years, the window the purchase count and revenue cover. */
const windowDays = 730;

function normal(rng: RandomGenerator): number {
  // Box–Muller; 1 − u keeps the logarithm away from 0.
  const u = 1 - uniformFloat64(rng);
  const v = uniformFloat64(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function logNormal(rng: RandomGenerator, median: number, spread: number): number {
  return median * Math.exp(spread * normal(rng));
}

function drawCustomer(rng: RandomGenerator, index: number): CustomerRecord {
  const customerId = `C${String(index + 1).padStart(4, '0')}`;
  // One in eight has bought nothing for over two years but is still on the books (mailings, an
  // account to keep): no revenue, a small cost.
  if (uniformFloat64(rng) < 0.125) {
    return {
      customerId,
      lastPurchaseDaysAgo: windowDays + 1 + Math.floor(uniformFloat64(rng) * 900),
      purchases: 0,
      revenue: 0,
      profit: -Math.round(5 + uniformFloat64(rng) * 25),
    };
  }
  // Buying frequency is heavily skewed: most buy once or twice, a few dozens of times.
  const purchases = Math.min(150, Math.max(1, Math.round(logNormal(rng, 2.2, 1.0))));
  const averageOrder = logNormal(rng, 160, 0.65);
  const revenue = Math.round(purchases * averageOrder * (0.85 + 0.3 * uniformFloat64(rng)));
  // Big buyers negotiate: their gross margin rate is a little lower.
  const marginRate = 0.42 - 0.05 * Math.log10(1 + revenue / 1000) - 0.08 * uniformFloat64(rng);
  // A minority send back much of what they buy or call the service line often.
  const returnsShare = uniformFloat64(rng) < 0.12 ? 0.15 + 0.35 * uniformFloat64(rng) : 0.02 * uniformFloat64(rng);
  const serviceContacts = Math.floor(logNormal(rng, 0.8, 1.1) * Math.sqrt(purchases));
  const costToServe = 10 + 5 * purchases + 15 * serviceContacts + returnsShare * revenue * 1.1;
  const profit = Math.round(revenue * marginRate - costToServe);
  // Frequent buyers bought recently; the gap since the last purchase scales with the usual interval.
  const usualInterval = windowDays / purchases;
  const lastPurchaseDaysAgo = Math.min(windowDays, Math.floor(uniformFloat64(rng) * usualInterval * 1.3));
  return { customerId, lastPurchaseDaysAgo, purchases, revenue, profit };
}

/** Draws `count` customers from `seed`; the same seed always gives the same customers. */
export function generateSampleCustomers(seed = sampleSeed, count = sampleSize): CustomerRecord[] {
  const rng = xoroshiro128plus(seed);
  return Array.from({ length: count }, (_, index) => drawCustomer(rng, index));
}

/** The data file's text: a header, then one customer a line (LF; ids and integers need no quoting). */
export function sampleCustomersCsv(customers: readonly CustomerRecord[]): string {
  const lines = customers.map((c) => [c.customerId, c.lastPurchaseDaysAgo, c.purchases, c.revenue, c.profit].join(','));
  return [customerColumns.join(','), ...lines].join('\n') + '\n';
}
