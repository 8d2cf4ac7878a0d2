/**
 * The customer pyramid: customers ranked by profit and cut into platinum, gold, iron and lead
 * tiers at shares the student chooses, with each tier's share of customers and of profit and
 * its mean RFM scores.
 */
import type { CustomerRecord } from './customerRecord';
import { rankByProfit } from './profitRanking';
import { scoreRfm } from './rfmScores';

export const tiers = ['platinum', 'gold', 'iron', 'lead'] as const;
export type Tier = (typeof tiers)[number];

/** Shares of customers in the top three tiers, from the top; lead takes the rest. */
export interface TierCutoffs {
  platinum: number;
  gold: number;
  iron: number;
}

/** Top 5 %, next 15 %, next 50 %, rest: the shape textbooks draw (top 20 % = platinum + gold). */
export const defaultTierCutoffs: TierCutoffs = { platinum: 0.05, gold: 0.15, iron: 0.5 };

export type CutoffProblem =
  | { field: keyof TierCutoffs; code: 'notANumber' }
  | { field: keyof TierCutoffs; code: 'belowMin'; min: number }
  | { field: keyof TierCutoffs; code: 'aboveMax'; max: number }
  /** The three shares add up to more than all customers. */
  | { field: 'total'; code: 'aboveMax'; max: number };

export function validateTierCutoffs(cutoffs: TierCutoffs): CutoffProblem[] {
  const problems: CutoffProblem[] = [];
  for (const field of ['platinum', 'gold', 'iron'] as const) {
    const share = cutoffs[field];
    if (typeof share !== 'number' || !Number.isFinite(share)) problems.push({ field, code: 'notANumber' });
    else if (share < 0) problems.push({ field, code: 'belowMin', min: 0 });
    else if (share > 1) problems.push({ field, code: 'aboveMax', max: 1 });
  }
  // A hair of float noise (0.05 + 0.15 + 0.8) must not count as more than everyone.
  if (problems.length === 0 && cutoffs.platinum + cutoffs.gold + cutoffs.iron > 1 + 1e-9) {
    problems.push({ field: 'total', code: 'aboveMax', max: 1 });
  }
  return problems;
}

export interface TierSummary {
  tier: Tier;
  customers: number;
  customerShare: number;
  totalProfit: number;
  /** Share of the whole base's profit; null when the base as a whole makes no profit. */
  profitShare: number | null;
  totalRevenue: number;
  /** Mean RFM scores of the tier's customers; null for an empty tier. */
  meanRecency: number | null;
  meanFrequency: number | null;
  meanMonetary: number | null;
}

export interface CustomerPyramid {
  tiers: TierSummary[];
  totalCustomers: number;
  totalProfit: number;
  /** Tier of each customer, by id. */
  tierOf: Map<string, Tier>;
}

export type PyramidResult = { ok: true; pyramid: CustomerPyramid } | { ok: false; problems: CutoffProblem[] };

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * Cuts the ranked customers at the cumulative shares, each rounded to whole customers
 * (round(0.05 · n), round(0.20 · n), round(0.70 · n)), so the tiers always add up to n.
 * RFM scores are computed over the whole base, then averaged per tier.
 */
export function buildPyramid(
  customers: readonly CustomerRecord[],
  cutoffs: TierCutoffs = defaultTierCutoffs,
): PyramidResult {
  const problems = validateTierCutoffs(cutoffs);
  if (problems.length > 0) return { ok: false, problems };
  const n = customers.length;
  const scores = scoreRfm(customers);
  const scored = customers.map((customer, i) => ({ ...customer, rfm: scores[i]! }));
  const ranked = rankByProfit(scored);
  const totalProfit = customers.reduce((sum, c) => sum + c.profit, 0);
  const ends = [
    Math.round(cutoffs.platinum * n),
    Math.round((cutoffs.platinum + cutoffs.gold) * n),
    Math.min(n, Math.round((cutoffs.platinum + cutoffs.gold + cutoffs.iron) * n)),
    n,
  ];
  const tierOf = new Map<string, Tier>();
  const summaries = tiers.map((tier, t) => {
    const members = ranked.slice(t === 0 ? 0 : ends[t - 1], ends[t]);
    for (const member of members) tierOf.set(member.customerId, tier);
    const tierProfit = members.reduce((sum, c) => sum + c.profit, 0);
    return {
      tier,
      customers: members.length,
      customerShare: n === 0 ? 0 : members.length / n,
      totalProfit: tierProfit,
      profitShare: totalProfit > 0 ? tierProfit / totalProfit : null,
      totalRevenue: members.reduce((sum, c) => sum + c.revenue, 0),
      meanRecency: mean(members.map((c) => c.rfm.recency)),
      meanFrequency: mean(members.map((c) => c.rfm.frequency)),
      meanMonetary: mean(members.map((c) => c.rfm.monetary)),
    };
  });
  return { ok: true, pyramid: { tiers: summaries, totalCustomers: n, totalProfit, tierOf } };
}
