/**
 * The customer pyramid: customers ranked by profit and cut into platinum, gold, iron and lead
 * tiers at shares the student chooses, with each tier's share of customers and of profit and
 * its mean RFM scores.
 */
import {
  defaultTierCutoffs,
  tierCutoffFields,
  tierCutoffNames,
  type TierCutoffField,
  type TierCutoffs,
} from '../../schemas/tierCutoffs.ts';
import type { FieldProblem } from '../form/fieldProblem.ts';
import { checkValue } from '../form/readField.ts';
import type { CustomerRecord } from './customerRecord.ts';
import { rankByProfit } from './profitRanking.ts';
import { scoreRfm } from './rfmScores.ts';

export const tiers = ['platinum', 'gold', 'iron', 'lead'] as const;
export type Tier = (typeof tiers)[number];

/** The three shares add up to more than all customers: a rule across fields, so not in the schema. */
export interface TotalProblem {
  field: 'total';
  code: 'aboveMax';
  max: number;
}

/** A cut-off outside its field's bounds (src/schemas/tierCutoffs.ts), or the three together too large. */
export type CutoffProblem = ({ field: TierCutoffField } & FieldProblem) | TotalProblem;

/** The rule across the three fields: together they may take every customer, but no more. */
export function totalProblem(cutoffs: TierCutoffs): TotalProblem | null {
  // A hair of float noise (0.33 + 0.56 + 0.11 is 1.0000000000000002) must not count as more than everyone.
  return cutoffs.platinum + cutoffs.gold + cutoffs.iron > 1 + 1e-9
    ? { field: 'total', code: 'aboveMax', max: 1 }
    : null;
}

/** Each field checked by its schema, then (when all three are fine) their total. */
export function validateTierCutoffs(cutoffs: TierCutoffs): CutoffProblem[] {
  const problems: CutoffProblem[] = [];
  for (const field of tierCutoffNames) {
    const checked = checkValue(tierCutoffFields[field], cutoffs[field]);
    if (!checked.ok) problems.push({ field, ...checked.problem });
  }
  const total = problems.length === 0 ? totalProblem(cutoffs) : null;
  return total ? [...problems, total] : problems;
}

/** The lead tier's share of customers: whatever the three cut-offs leave (none when they take more than all). */
export function leadShare(cutoffs: TierCutoffs): number {
  return Math.max(0, 1 - cutoffs.platinum - cutoffs.gold - cutoffs.iron);
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
