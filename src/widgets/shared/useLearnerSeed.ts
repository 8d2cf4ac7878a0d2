/**
 * The seed an island orders options and replies by: a fixed one while the island renders as the
 * server did (hydration keeps the server's markup), then this learner's.
 */
import { learnerSeed } from '../../stores/learnerSeed.ts';
import { useHydrated } from './useHydrated.ts';
import { SERVER_SEED } from '../../lib/order/serverSeed.ts';

export function useLearnerSeed(): string {
  return useHydrated() ? learnerSeed() : SERVER_SEED;
}
