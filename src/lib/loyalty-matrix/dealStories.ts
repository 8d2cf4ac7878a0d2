/**
 * The customer stories in the order one learner meets them, drawn from their seed and the round
 * (each "start again" deals afresh), so neither a story's place in the file nor its place on the
 * screen says which cell it belongs to, and a reload deals the same round the same way.
 */
import { seededShuffle } from '../order/seededShuffle.ts';

export function dealStories<Story>(stories: readonly Story[], seed: string, round: number): Story[] {
  return seededShuffle(stories, `${seed}:loyalty-matrix:${round}`);
}
