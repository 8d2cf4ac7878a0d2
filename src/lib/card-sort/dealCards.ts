/**
 * The cards in the order one learner meets them, from their seed and the exercise's id (two card
 * sorts on one page are dealt apart), so neither a card's place in the file nor its place on the
 * screen says where it belongs, and a reload deals it the same way.
 */
import { seededShuffle } from '../order/seededShuffle.ts';

export function dealCards<Card>(cards: readonly Card[], seed: string, exercise: string): Card[] {
  return seededShuffle(cards, `${seed}:card-sort:${exercise}`);
}
