/**
 * Long-run averages of a queue in steady state from the closed forms: M/M/c (Erlang C) and M/G/1
 * (Pollaczek–Khinchine). Times in the unit of the rates given (the simulator uses minutes).
 */
import { erlangC } from './erlang.ts';

export interface SteadyState {
  /** Share of customers who wait at all before service. */
  waitProbability: number;
  /** Mean wait in line before service (Wq). */
  meanWait: number;
  /** Mean number waiting in line (Lq = λ·Wq, Little's law). */
  meanQueue: number;
  /** Share of the time a server is busy: ρ = λ / (c·μ). */
  utilisation: number;
}

/** M/M/c: Poisson arrivals at `arrivalRate`, exponential service with mean `meanService`, one line. Null when ρ ≥ 1. */
export function mmc(servers: number, arrivalRate: number, meanService: number): SteadyState | null {
  const offered = arrivalRate * meanService;
  const utilisation = offered / servers;
  if (utilisation >= 1) return null;
  const waitProbability = erlangC(servers, offered);
  // Wq = C / (cμ − λ), with μ = 1 / meanService.
  const meanWait = waitProbability / (servers / meanService - arrivalRate);
  return { waitProbability, meanWait, meanQueue: arrivalRate * meanWait, utilisation };
}

/**
 * M/G/1 by Pollaczek–Khinchine: Wq = ρ·E[S]·(1 + cv²) / (2(1 − ρ)), where cv is the service
 * time's coefficient of variation (0 for constant service: M/D/1; 1 for exponential: M/M/1).
 * Null when ρ ≥ 1.
 */
export function mg1(arrivalRate: number, meanService: number, serviceCv: number): SteadyState | null {
  const utilisation = arrivalRate * meanService;
  if (utilisation >= 1) return null;
  const meanWait = (utilisation * meanService * (1 + serviceCv ** 2)) / (2 * (1 - utilisation));
  return { waitProbability: utilisation, meanWait, meanQueue: arrivalRate * meanWait, utilisation };
}
