/**
 * Seeded randomness for the queue engine (pure-rand's xoroshiro128+, never Math.random): one
 * independent stream each for arrivals, service times and patience, so that changing the line
 * layout or switching reneging on leaves the same customers arriving with the same needs
 * ("common random numbers": differences between two runs come from the change, not from luck).
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Draws a uniform number in [0, 1). */
export type Uniform = () => number;

export interface RandomStreams {
  arrivals: Uniform;
  service: Uniform;
  patience: Uniform;
}

export function createRandomStreams(seed: number): RandomStreams {
  const root = xoroshiro128plus(seed);
  // A jump moves 2^64 draws ahead: the three streams can never overlap in a run.
  const next = () => {
    const stream = root.clone();
    root.jump();
    return () => uniformFloat64(stream);
  };
  return { arrivals: next(), service: next(), patience: next() };
}
