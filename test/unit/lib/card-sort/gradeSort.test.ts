/**
 * Grading a card sort against placements worked by hand: which are right and, on an ordered set,
 * how many steps off and which way; then properties over any placements of any key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoriesAllRight, gradeSort, keepRight } from '../../../../src/lib/card-sort/gradeSort.ts';
import type { SortKey } from '../../../../src/lib/card-sort/sortKey.ts';

/** Five rungs, low to high, and five cards. */
const ladder: SortKey = {
  ordered: true,
  categories: ['prospect', 'first-time', 'repeat', 'client', 'member'],
  cards: [
    { id: 'browsing', category: 'prospect' },
    { id: 'first-order', category: 'first-time' },
    { id: 'every-month', category: 'repeat' },
    { id: 'named-manager', category: 'client' },
    { id: 'paid-card', category: 'member' },
  ],
};

describe('grading a ladder by hand', () => {
  // Placed: browsing right; first-order right; every-month on member (rung 5 for rung 3: two too
  // high); named-manager right; paid-card on first-time (rung 2 for rung 5: three too low).
  const placements = {
    browsing: 'prospect',
    'first-order': 'first-time',
    'every-month': 'member',
    'named-manager': 'client',
    'paid-card': 'first-time',
  };

  it('counts 3 of 5 right and says how far off each wrong card is', () => {
    const result = gradeSort(ladder, placements);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.grade).toMatchObject({ cards: 5, placed: 5, right: 3 });
    expect(result.grade.grades).toEqual([
      { card: 'browsing', placed: 'prospect', answer: 'prospect', right: true, offBy: 0 },
      { card: 'first-order', placed: 'first-time', answer: 'first-time', right: true, offBy: 0 },
      { card: 'every-month', placed: 'member', answer: 'repeat', right: false, offBy: 2 },
      { card: 'named-manager', placed: 'client', answer: 'client', right: true, offBy: 0 },
      { card: 'paid-card', placed: 'first-time', answer: 'member', right: false, offBy: -3 },
    ]);
  });

  it('grades only the cards placed', () => {
    const result = gradeSort(ladder, { 'every-month': 'client', browsing: 'prospect' });
    expect(result.ok && result.grade).toMatchObject({ cards: 5, placed: 2, right: 1 });
    expect(result.ok && result.grade.grades.map((grade) => [grade.card, grade.offBy])).toEqual([
      ['browsing', 0],
      ['every-month', 1],
    ]);
  });

  it('shows the next step only for rungs whose every card is right', () => {
    const result = gradeSort(ladder, placements);
    // prospect, first-time and client are right; repeat's and member's cards are wrong.
    expect(result.ok && categoriesAllRight(ladder, result.grade)).toEqual(['prospect', 'first-time', 'client']);
  });

  it('keeps the right placements for another try and takes back the wrong ones', () => {
    const result = gradeSort(ladder, placements);
    expect(result.ok && keepRight(placements, result.grade)).toEqual({
      browsing: 'prospect',
      'first-order': 'first-time',
      'named-manager': 'client',
    });
  });
});

describe('grading an unordered set', () => {
  const bonds: SortKey = {
    ordered: false,
    categories: ['financial', 'social', 'structural'],
    cards: [
      { id: 'points', category: 'financial' },
      { id: 'club', category: 'social' },
      { id: 'linked-ordering', category: 'structural' },
    ],
  };

  it('says right or wrong, with no distance', () => {
    const result = gradeSort(bonds, { points: 'structural', club: 'social' });
    expect(result.ok && result.grade).toEqual({
      cards: 3,
      placed: 2,
      right: 1,
      grades: [
        { card: 'points', placed: 'structural', answer: 'financial', right: false, offBy: null },
        { card: 'club', placed: 'social', answer: 'social', right: true, offBy: null },
      ],
    });
  });

  it('names a placement of a card or into a category the set does not have', () => {
    expect(gradeSort(bonds, { coupon: 'financial' })).toEqual({
      ok: false,
      problem: { kind: 'unknownCard', card: 'coupon' },
    });
    expect(gradeSort(bonds, { points: 'emotional' })).toEqual({
      ok: false,
      problem: { kind: 'unknownCategory', card: 'points', category: 'emotional' },
    });
    // Not a card, though every object has it.
    expect(gradeSort(bonds, JSON.parse('{"constructor": "social"}'))).toMatchObject({ ok: false });
  });
});

/** A key of 2–7 categories and 1–15 cards, with placements of some of its cards. */
const keyAndPlacements = fc
  .record({
    categories: fc.integer({ min: 2, max: 7 }),
    ordered: fc.boolean(),
    answers: fc.array(fc.nat(), { minLength: 1, maxLength: 15 }),
  })
  .chain(({ categories, ordered, answers }) => {
    const ids = Array.from({ length: categories }, (_, n) => `c${n}`);
    const key: SortKey = {
      ordered,
      categories: ids,
      cards: answers.map((answer, n) => ({ id: `card-${n}`, category: ids[answer % categories]! })),
    };
    const placement = fc.option(fc.constantFrom(...ids), { nil: undefined });
    return fc.tuple(
      fc.constant(key),
      fc
        .tuple(...key.cards.map(() => placement))
        .map((chosen) => Object.fromEntries(key.cards.flatMap((card, n) => (chosen[n] ? [[card.id, chosen[n]]] : [])))),
    );
  });

describe('properties', () => {
  it('never counts more right than placed, nor more placed than cards', () => {
    fc.assert(
      fc.property(keyAndPlacements, ([key, placements]) => {
        const result = gradeSort(key, placements);
        if (!result.ok) return false;
        const { cards, placed, right } = result.grade;
        return right >= 0 && right <= placed && placed === Object.keys(placements).length && placed <= cards;
      }),
    );
  });

  it('is off by zero exactly when right, and never by more than the ladder is tall', () => {
    fc.assert(
      fc.property(keyAndPlacements, ([key, placements]) => {
        const result = gradeSort(key, placements);
        if (!result.ok) return false;
        return result.grade.grades.every((grade) =>
          key.ordered
            ? Number.isInteger(grade.offBy) &&
              (grade.offBy === 0) === grade.right &&
              Math.abs(grade.offBy!) < key.categories.length
            : grade.offBy === null,
        );
      }),
    );
  });

  it('placing every card on its own category is all right, and trying again keeps them all', () => {
    fc.assert(
      fc.property(keyAndPlacements, ([key]) => {
        const all = Object.fromEntries(key.cards.map((card) => [card.id, card.category]));
        const result = gradeSort(key, all);
        return (
          result.ok &&
          result.grade.right === key.cards.length &&
          categoriesAllRight(key, result.grade).length === new Set(key.cards.map((card) => card.category)).size &&
          Object.keys(keepRight(all, result.grade)).length === key.cards.length
        );
      }),
    );
  });

  it('answers any placements with a grade or a problem, never an exception', () => {
    fc.assert(
      fc.property(keyAndPlacements, fc.dictionary(fc.string(), fc.string()), ([key], placements) => {
        const result = gradeSort(key, placements);
        return result.ok ? result.grade.placed <= key.cards.length : typeof result.problem.kind === 'string';
      }),
    );
  });
});
