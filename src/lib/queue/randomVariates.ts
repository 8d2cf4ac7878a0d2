/** Turns uniform draws into the distributions a queue needs: exponential, lognormal, Erlang-k. */
import type { Uniform } from './randomStreams.ts';

/** Exponential with the given mean, by inversion; 1 − u lies in (0, 1], so the log is finite. */
export function exponential(uniform: Uniform, mean: number): number {
  return -mean * Math.log(1 - uniform());
}

/** Standard normal by Box–Muller (one of the pair; two uniforms per draw keeps the stream simple). */
export function standardNormal(uniform: Uniform): number {
  const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
  return radius * Math.cos(2 * Math.PI * uniform());
}

/** Lognormal with the given mean and coefficient of variation (σ² = ln(1 + cv²), μ = ln mean − σ²/2). */
export function lognormal(uniform: Uniform, mean: number, cv: number): number {
  const variance = Math.log(1 + cv * cv);
  return Math.exp(Math.log(mean) - variance / 2 + Math.sqrt(variance) * standardNormal(uniform));
}

/** Erlang-k with the given mean: the sum of k exponential phases, each of mean ÷ k. */
export function erlang(uniform: Uniform, mean: number, k: number): number {
  let total = 0;
  for (let phase = 0; phase < k; phase++) total += exponential(uniform, mean / k);
  return total;
}
