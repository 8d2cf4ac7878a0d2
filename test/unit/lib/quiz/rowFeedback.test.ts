import { describe, expect, it } from 'vitest';
import { rowFeedback } from '../../../../src/lib/quiz/rowFeedback.ts';
import type { QuizItemView } from '../../../../src/lib/quiz/quizItemView.ts';

const base: Omit<QuizItemView, 'type' | 'key'> = {
  id: 'i',
  fingerprint: 'f',
  difficulty: 1,
  prompt: 'p',
  explanation: 'e',
  choices: [],
  left: [],
  right: [],
  units: [],
  format: 'number',
};

describe('rowFeedback', () => {
  it('marks each matched term right or wrong and names the right partner', () => {
    const item: QuizItemView = {
      ...base,
      type: 'matching',
      left: [
        { id: 'berry', text: 'Berry 1983' },
        { id: 'levitt', text: 'Levitt' },
      ],
      right: [
        { id: 'term', text: 'coined the term' },
        { id: 'marriage', text: 'the sale as a marriage' },
      ],
      key: { kind: 'matching', correct: { berry: 'term', levitt: 'marriage' } },
    };
    // The learner swapped the two partners: both rows wrong, each with the partner it needed.
    expect(rowFeedback(item, { kind: 'matching', pairs: { berry: 'marriage', levitt: 'term' } })).toEqual([
      { id: 'berry', label: 'Berry 1983', given: 'the sale as a marriage', right: 'coined the term', correct: false },
      { id: 'levitt', label: 'Levitt', given: 'coined the term', right: 'the sale as a marriage', correct: false },
    ]);
  });

  it('marks each sorted thing, and a thing left unsorted as given nothing', () => {
    const item: QuizItemView = {
      ...base,
      type: 'categorising',
      choices: [
        { id: 'points', text: 'points' },
        { id: 'edi', text: 'EDI link' },
      ],
      right: [
        { id: 'financial', text: 'financial' },
        { id: 'structural', text: 'structural' },
      ],
      key: { kind: 'categorising', correct: { points: 'financial', edi: 'structural' } },
    };
    const rows = rowFeedback(item, { kind: 'categorising', placements: { points: 'financial' } });
    expect(rows?.map((row) => [row.label, row.given, row.right, row.correct])).toEqual([
      ['points', 'financial', 'financial', true],
      ['EDI link', undefined, 'structural', false],
    ]);
  });

  it('lists an ordering in the right order with where the learner put each step', () => {
    const item: QuizItemView = {
      ...base,
      type: 'ordering',
      choices: [
        { id: 'c', text: 'apologise' },
        { id: 'a', text: 'listen' },
        { id: 'b', text: 'empathise' },
      ],
      key: { kind: 'ordering', correct: ['a', 'b', 'c'] },
    };
    // Given: empathise, listen, apologise. Only "apologise" (3rd) is where it belongs.
    expect(rowFeedback(item, { kind: 'ordering', order: ['b', 'a', 'c'] })).toEqual([
      { id: 'a', label: 'listen', given: 2, right: 1, correct: false },
      { id: 'b', label: 'empathise', given: 1, right: 2, correct: false },
      { id: 'c', label: 'apologise', given: 3, right: 3, correct: true },
    ]);
  });

  it('gives no rows for items answered as a whole', () => {
    const item: QuizItemView = { ...base, type: 'single', key: { kind: 'single', correct: 'a' } };
    expect(rowFeedback(item, { kind: 'single', choice: 'b' })).toBeUndefined();
  });
});
