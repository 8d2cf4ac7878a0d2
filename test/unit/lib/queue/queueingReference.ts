/**
 * Closed forms of queueing theory, written here independently of the engine, to test it against.
 * Rates per minute; results in minutes or as probabilities.
 */

/** Erlang C: probability an arrival must wait in M/M/c with offered load a = λ/μ (a < c). */
export function erlangC(servers: number, offeredLoad: number): number {
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < servers; k++) {
    sum += term;
    term *= offeredLoad / (k + 1);
  }
  const waitingTerm = term / (1 - offeredLoad / servers); // (a^c / c!) / (1 − ρ)
  return waitingTerm / (sum + waitingTerm);
}

/** Mean wait in queue of M/M/c: Wq = C(c, a) / (cμ − λ). */
export function mmcMeanWait(servers: number, arrivalRate: number, meanService: number): number {
  const serviceRate = 1 / meanService;
  return erlangC(servers, arrivalRate * meanService) / (servers * serviceRate - arrivalRate);
}

/** Pollaczek–Khinchine for M/G/1: Wq = λ E[S²] / (2 (1 − ρ)). */
export function mg1MeanWait(arrivalRate: number, meanService: number, serviceSecondMoment: number): number {
  const rho = arrivalRate * meanService;
  return (arrivalRate * serviceSecondMoment) / (2 * (1 - rho));
}

/** M/M/1/K: probability an arrival finds the system full, (1 − ρ) ρ^K / (1 − ρ^(K+1)). */
export function mm1kBlocking(rho: number, capacity: number): number {
  return ((1 - rho) * rho ** capacity) / (1 - rho ** (capacity + 1));
}

/** Erlang B: probability that all c servers are busy in M/M/c/c (no waiting room). */
export function erlangB(servers: number, offeredLoad: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= servers; k++) {
    term *= offeredLoad / k;
    sum += term;
  }
  return term / sum;
}

/**
 * M/M/c+M (Erlang A, exponential patience with rate θ): the share of arrivals who abandon,
 * from the birth–death stationary distribution (death rate min(n, c) μ + max(n − c, 0) θ),
 * truncated where the probabilities have become negligible. Abandonment share = θ E[Nq] / λ.
 */
export function erlangAAbandonment(
  servers: number,
  arrivalRate: number,
  meanService: number,
  meanPatience: number,
): number {
  const mu = 1 / meanService;
  const theta = 1 / meanPatience;
  let weight = 1;
  let total = 1;
  let queueTotal = 0;
  for (let n = 1; n < 100_000; n++) {
    weight *= arrivalRate / (Math.min(n, servers) * mu + Math.max(n - servers, 0) * theta);
    total += weight;
    queueTotal += Math.max(n - servers, 0) * weight;
    if (weight < 1e-16 * total && n > servers) break;
  }
  return (theta * (queueTotal / total)) / arrivalRate;
}
