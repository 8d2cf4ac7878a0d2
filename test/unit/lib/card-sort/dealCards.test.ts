/** Dealing cards: every card once, the same for the same learner, another order for another learner or exercise. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealCards } from '../../../../src/lib/card-sort/dealCards.ts';

const cards = Array.from({ length: 14 }, (_, n) => `card-${n + 1}`);
const seeds = Array.from({ length: 40 }, (_, n) => `learner-${n + 1}`);

describe('dealing the cards', () => {
  it('deals every card once (a permutation)', () => {
    const dealt = dealCards(cards, 'learner-1', 'customer-ladder');
    expect(dealt).toHaveLength(cards.length);
    expect([...dealt].sort()).toEqual([...cards].sort());
  });

  it('deals the same order for the same learner (a reload)', () => {
    expect(dealCards(cards, 'learner-1', 'bond-levels')).toEqual(dealCards(cards, 'learner-1', 'bond-levels'));
  });

  it('deals different learners different orders, and one learner’s two exercises apart', () => {
    expect(new Set(seeds.map((seed) => dealCards(cards, seed, 'customer-ladder').join())).size).toBe(seeds.length);
    expect(dealCards(cards, 'learner-1', 'bond-levels')).not.toEqual(
      dealCards(cards, 'learner-1', 'relationship-stages'),
    );
  });

  it('does not keep the file’s order: the first card leads for few learners', () => {
    const firstInFile = seeds.filter((seed) => dealCards(cards, seed, 'customer-ladder')[0] === cards[0]).length;
    expect(firstInFile).toBeLessThan(seeds.length / 4);
  });

  it('is a permutation of any list for any seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), fc.string(), (values, seed, exercise) => {
        const dealt = dealCards(values, seed, exercise);
        return dealt.length === values.length && [...dealt].sort().join() === [...values].sort().join();
      }),
    );
  });
});
