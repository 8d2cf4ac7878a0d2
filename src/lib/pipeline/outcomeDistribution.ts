/**
 * What the quarter may actually bring when each deal is either won (its whole amount) or lost
 * (nothing), independently of the others: the exact distribution of Σ amount × Bernoulli(chance).
 * Built deal by deal as a convolution over the distinct totals reached so far, so that deals of
 * equal amounts share a total; with at most 20 deals there are at most 2^20 totals, and a
 * realistic pipeline has far fewer.
 */

export interface Outcome {
  /** A total the deals can add up to, in whole yuan. */
  total: number;
  /** Its probability. */
  chance: number;
}

export interface Bet {
  amount: number;
  chance: number;
}

/** Every reachable total with its probability, smallest total first; the probabilities sum to 1. */
export function outcomeDistribution(bets: readonly Bet[]): Outcome[] {
  let totals = new Map<number, number>([[0, 1]]);
  for (const { amount, chance } of bets) {
    if (chance === 0 || amount === 0) continue;
    const next = new Map<number, number>();
    const add = (total: number, probability: number) => {
      // A settled deal (chance 1) only shifts every total; its "lost" branch has probability 0.
      if (probability > 0) next.set(total, (next.get(total) ?? 0) + probability);
    };
    for (const [total, probability] of totals) {
      add(total, probability * (1 - chance));
      add(total + amount, probability * chance);
    }
    totals = next;
  }
  return [...totals].map(([total, chance]) => ({ total, chance })).sort((a, b) => a.total - b.total);
}

/** The mean of a distribution: for the deals' outcomes, the weighted pipeline. */
export function outcomeMean(outcomes: readonly Outcome[]): number {
  return outcomes.reduce((sum, outcome) => sum + outcome.total * outcome.chance, 0);
}
