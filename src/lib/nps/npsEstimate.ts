/**
 * One sample's NPS and how far to trust it. The score is a difference of two shares of the same
 * respondents, so its variance is that of the mean of a variable worth +1 (promoter), 0 (passive)
 * or −1 (detractor): Var = (pP + pD − (pP − pD)²) / n, one multinomial sample. The 95 % interval
 * is the Wald interval on it, which leans on the sample's own shares: it is rough for small
 * samples and collapses when a group is empty, so the estimate says when either is the case.
 */
import { npsGroups, type NpsCounts, type NpsGroup } from './npsGroups.ts';
import { waldInterval, type Interval } from './waldInterval.ts';

/** Below this many respondents the normal approximation behind the interval is not to be leaned on. */
export const MIN_RESPONDENTS = 30;

export type NpsProblem = { code: 'noRespondents' } | { code: 'badCount'; group: NpsGroup };

export interface NpsEstimate {
  counts: NpsCounts;
  respondents: number;
  /** Each group's share of the respondents, as a fraction. */
  shares: NpsCounts;
  /** %promoters − %detractors, in points from −100 to +100. */
  score: number;
  /** pP + pD − (pP − pD)²: the variance one respondent contributes, on the scale of shares. */
  unitVariance: number;
  /** Standard error of the score, in points. */
  standardError: number;
  interval: Interval;
  /** Fewer respondents than MIN_RESPONDENTS. */
  fewRespondents: boolean;
  /** Groups nobody fell into: the interval then understates the uncertainty. */
  emptyGroups: NpsGroup[];
}

export type NpsReading = { ok: true; estimate: NpsEstimate } | { ok: false; problem: NpsProblem };

export function estimateNps(counts: NpsCounts): NpsReading {
  for (const group of npsGroups) {
    const count = counts[group];
    if (!Number.isSafeInteger(count) || count < 0) return { ok: false, problem: { code: 'badCount', group } };
  }
  const respondents = counts.promoters + counts.passives + counts.detractors;
  if (respondents === 0) return { ok: false, problem: { code: 'noRespondents' } };
  const shares: NpsCounts = {
    promoters: counts.promoters / respondents,
    passives: counts.passives / respondents,
    detractors: counts.detractors / respondents,
  };
  const net = shares.promoters - shares.detractors;
  // Rounding can leave a hair below zero when everyone is in one group.
  const unitVariance = Math.max(0, shares.promoters + shares.detractors - net * net);
  const standardError = 100 * Math.sqrt(unitVariance / respondents);
  const score = 100 * net;
  return {
    ok: true,
    estimate: {
      counts: { ...counts },
      respondents,
      shares,
      score,
      unitVariance,
      standardError,
      interval: waldInterval(score, standardError, 100),
      fewRespondents: respondents < MIN_RESPONDENTS,
      emptyGroups: npsGroups.filter((group) => counts[group] === 0),
    },
  };
}
