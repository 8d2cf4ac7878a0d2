/**
 * The Kano evaluation table against the publication, cell by cell: Berger et al. (1993), "Kano's
 * methods for understanding customer-defined quality", Center for Quality of Management Journal
 * 2(4), the table of section I (functional answer down the side, dysfunctional across the top),
 * reprinted unchanged by Matzler & Hinterhuber (1998). Each of the 25 cells is written out here by
 * hand from that table, not derived from the engine's compact rows.
 */
import { describe, expect, it } from 'vitest';
import { classifyPair } from '../../../../src/lib/kano/evaluationTable.ts';
import type { KanoAnswer, KanoClass } from '../../../../src/lib/kano/kanoAnswers.ts';

const publishedCells: [functional: KanoAnswer, dysfunctional: KanoAnswer, kanoClass: KanoClass][] = [
  // Functional "I like it": contradicts a like of its absence (Q); attractive unless its absence is disliked (O).
  ['like', 'like', 'Q'],
  ['like', 'mustBe', 'A'],
  ['like', 'neutral', 'A'],
  ['like', 'liveWith', 'A'],
  ['like', 'dislike', 'O'],
  // Functional "it must be that way".
  ['mustBe', 'like', 'R'],
  ['mustBe', 'mustBe', 'I'],
  ['mustBe', 'neutral', 'I'],
  ['mustBe', 'liveWith', 'I'],
  ['mustBe', 'dislike', 'M'],
  // Functional "I am neutral".
  ['neutral', 'like', 'R'],
  ['neutral', 'mustBe', 'I'],
  ['neutral', 'neutral', 'I'],
  ['neutral', 'liveWith', 'I'],
  ['neutral', 'dislike', 'M'],
  // Functional "I can live with it".
  ['liveWith', 'like', 'R'],
  ['liveWith', 'mustBe', 'I'],
  ['liveWith', 'neutral', 'I'],
  ['liveWith', 'liveWith', 'I'],
  ['liveWith', 'dislike', 'M'],
  // Functional "I dislike it": reverse, unless its absence is disliked too (Q).
  ['dislike', 'like', 'R'],
  ['dislike', 'mustBe', 'R'],
  ['dislike', 'neutral', 'R'],
  ['dislike', 'liveWith', 'R'],
  ['dislike', 'dislike', 'Q'],
];

describe('classifyPair', () => {
  it('covers all 25 answer pairs once', () => {
    expect(new Set(publishedCells.map(([f, d]) => `${f}/${d}`)).size).toBe(25);
  });

  it.each(publishedCells)(
    'functional %s, dysfunctional %s → %s, as published',
    (functional, dysfunctional, kanoClass) => {
      expect(classifyPair(functional, dysfunctional)).toBe(kanoClass);
    },
  );

  it('counts each class as often as the published table does (Q 2, A 3, O 1, R 7, I 9, M 3)', () => {
    const counts: Record<string, number> = {};
    for (const [f, d] of publishedCells) {
      const kanoClass = classifyPair(f, d);
      counts[kanoClass] = (counts[kanoClass] ?? 0) + 1;
    }
    expect(counts).toEqual({ Q: 2, A: 3, O: 1, R: 7, I: 9, M: 3 });
  });
});
