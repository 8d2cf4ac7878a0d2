/**
 * The order a learner sees an item's options in: a permutation drawn from their seed, the same on
 * every visit, different between learners, able to reach every order, and never a solved ordering.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { arrangeItem } from '../../../../src/lib/quiz/arrangeItem.ts';
import { gradeResponse } from '../../../../src/lib/quiz/grade.ts';
import { startingOrder } from '../../../../src/lib/quiz/itemInput.ts';
import { localizeQuizItem } from '../../../../src/lib/quiz/localizeQuizItem.ts';
import { seededShuffle } from '../../../../src/lib/order/seededShuffle.ts';
import { quizSchema } from '../../../../src/schemas/quiz.ts';

const quiz = quizSchema.parse(parse(readFileSync('content/quizzes/01-foundations.yaml', 'utf8')));
const view = (id: string) =>
  localizeQuizItem(
    quiz.items.find((item) => item.id === id)!,
    'en',
  );
const seeds = Array.from({ length: 2000 }, (_, n) => `learner-${n}`);
const ids = (choices: { id: string }[]) => choices.map((choice) => choice.id);

describe('seededShuffle', () => {
  it('gives the same order for the same seed, and keeps every value once', () => {
    const values = ['a', 'b', 'c', 'd', 'e'];
    expect(seededShuffle(values, 'x')).toEqual(seededShuffle(values, 'x'));
    expect([...seededShuffle(values, 'x')].sort()).toEqual(values);
    expect(values).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reaches all 24 orders of four options, each about as often (1/24 ≈ 4.2 % of 2,000 seeds)', () => {
    const counts = new Map<string, number>();
    for (const seed of seeds) {
      const order = seededShuffle(['a', 'b', 'c', 'd'], seed).join('');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    // Expected 83.3 each; a fair shuffle stays within ±40 of that with overwhelming probability.
    for (const count of counts.values()) expect(Math.abs(count - 2000 / 24)).toBeLessThan(40);
  });

  it('puts the first option first for about a quarter of learners, not all of them', () => {
    const first = seeds.filter((seed) => seededShuffle(['key', 'b', 'c', 'd'], seed)[0] === 'key').length;
    expect(first / seeds.length).toBeGreaterThan(0.2);
    expect(first / seeds.length).toBeLessThan(0.3);
  });
});

describe('arrangeItem', () => {
  it('deals each order of an item’s options to about as many learners (1/6 each of 3,000)', () => {
    const single = view('ch1-client-definition');
    const counts = new Map<string, number>();
    for (let n = 0; n < 3000; n++) {
      const order = ids(arrangeItem(single, `learner-${n}`).choices).join();
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // 500 expected each; a fair deal stays within ±75 (over 3.6 standard deviations).
    for (const count of counts.values()) expect(Math.abs(count - 500)).toBeLessThan(75);
  });

  it('deals different orders to learners whose seeds differ in one letter', () => {
    // FNV-1a alone gave learner-a, learner-b and learner-c the same order of this item.
    const single = view('ch1-client-definition');
    const orders = 'abcdefghijklmnopqrstuvwxyz'
      .split('')
      .map((letter) => ids(arrangeItem(single, `learner-${letter}`).choices).join());
    const counts = [...new Set(orders)].map((order) => orders.filter((other) => other === order).length);
    expect(counts.length).toBe(6);
    // 26 learners over 6 orders: 4.3 each expected; no order dealt to more than 10.
    expect(Math.max(...counts)).toBeLessThanOrEqual(10);
  });

  it('shows another order to another learner, the same to the same learner', () => {
    const single = view('ch1-client-definition');
    expect(ids(arrangeItem(single, 's1').choices)).toEqual(ids(arrangeItem(single, 's1').choices));
    const orders = new Set(seeds.slice(0, 50).map((seed) => ids(arrangeItem(single, seed).choices).join()));
    // Three options: 3 × 2 × 1 = 6 orders, all of them shown to some of 50 learners.
    expect(single.choices).toHaveLength(3);
    expect(orders.size).toBe(6);
  });

  it('shuffles the right-hand side of a matching item and leaves the rows in place', () => {
    const matching = view('ch1-terms-match');
    const arranged = seeds.slice(0, 50).map((seed) => arrangeItem(matching, seed));
    for (const item of arranged) expect(item.left).toEqual(matching.left);
    expect(new Set(arranged.map((item) => ids(item.right).join())).size).toBeGreaterThan(1);
  });

  it('grades the same answer the same, whatever the order shown', () => {
    const single = view('ch1-client-definition');
    const key = single.key.kind === 'single' ? single.key.correct : '';
    for (const seed of seeds.slice(0, 20)) {
      expect(gradeResponse(arrangeItem(single, seed).key, { kind: 'single', choice: key }).score).toBe(1);
    }
  });

  it('never starts an ordering item solved, for any learner', () => {
    for (const item of quiz.items.filter((candidate) => candidate.type === 'ordering')) {
      const shown = localizeQuizItem(item, 'en');
      for (const seed of seeds.slice(0, 500)) {
        const order = startingOrder(arrangeItem(shown, seed));
        expect(order).not.toEqual(item.answer);
        expect([...order].sort()).toEqual([...(item.answer as string[])].sort());
      }
    }
  });
});
