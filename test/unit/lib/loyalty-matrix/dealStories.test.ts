/**
 * The order stories are dealt in: the same for the same learner and round, another for another
 * learner or round, and never a clue to the answer. With the course's own stories, a learner who
 * places by position alone (the first cell every time, or cell n for story n) scores about what
 * chance gives, whatever their seed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dealStories } from '../../../../src/lib/loyalty-matrix/dealStories.ts';
import { loyaltyCells } from '../../../../src/lib/loyalty-matrix/loyaltyCells.ts';
import { loyaltyStoriesSchema } from '../../../../src/schemas/loyaltyStories.ts';

const { stories } = loyaltyStoriesSchema.parse(parse(readFileSync('content/loyalty-matrix/stories.yaml', 'utf8')));
const ids = stories.map((story) => story.id);
const seeds = Array.from({ length: 40 }, (_, n) => `learner-${n + 1}`);

describe('dealing the stories', () => {
  it('deals every story once', () => {
    expect(dealStories(ids, 'learner-1', 0).sort()).toEqual([...ids].sort());
  });

  it('deals the same order for the same learner and round (a reload), another for another round', () => {
    expect(dealStories(ids, 'learner-1', 0)).toEqual(dealStories(ids, 'learner-1', 0));
    expect(dealStories(ids, 'learner-1', 1)).not.toEqual(dealStories(ids, 'learner-1', 0));
  });

  it('deals different learners different orders', () => {
    const orders = new Set(seeds.map((seed) => dealStories(ids, seed, 0).join()));
    expect(orders.size).toBe(seeds.length);
  });

  it('does not start with the file’s first story for most learners', () => {
    const firstInFile = seeds.filter((seed) => dealStories(ids, seed, 0)[0] === ids[0]).length;
    expect(firstInFile).toBeLessThan(seeds.length / 4);
  });

  it('gives a learner placing by position alone no more than chance', () => {
    const mean = (strategy: (n: number) => string) => {
      const scores = seeds.map((seed) => {
        const dealt = dealStories(stories, seed, 0);
        return dealt.filter((story, n) => story.cell === strategy(n)).length / dealt.length;
      });
      return scores.reduce((sum, score) => sum + score, 0) / scores.length;
    };
    // Chance is a quarter.
    expect(mean((n) => loyaltyCells[n % 4]!)).toBeLessThan(0.35);
    expect(mean((n) => loyaltyCells[(n + 1) % 4]!)).toBeLessThan(0.35);
  });

  it('gives a learner who always picks the same cell at most a third: no cell holds more of the stories', () => {
    for (const cell of loyaltyCells)
      expect(stories.filter((story) => story.cell === cell).length / stories.length).toBeLessThan(1 / 3);
  });
});
