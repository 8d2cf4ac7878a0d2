/** Marks added up: a paper's total and a chapter's latest exam-practice score, by hand. */
import { describe, expect, it } from 'vitest';
import { addMarks, chapterExamScore } from '../../../../src/lib/exam/examTotals.ts';
import { attempt, t0 } from '../progress/fixtures.ts';

describe('addMarks', () => {
  it('adds 3/4 + 5/7 + 0/15 to 8/26', () => {
    expect(
      addMarks([
        { got: 3, total: 4 },
        { got: 5, total: 7 },
        { got: 0, total: 15 },
      ]),
    ).toEqual({ got: 8, total: 26 });
    expect(addMarks([])).toEqual({ got: 0, total: 0 });
  });
});

describe('chapterExamScore', () => {
  const items = [
    { id: 'ch1-term-a', fingerprint: 'fa', total: 4 },
    { id: 'ch1-short-b', fingerprint: 'fb', total: 7 },
    { id: 'ch1-essay-c', fingerprint: 'fc', total: 15 },
  ];

  it('adds the latest answer of each item: 3/4 then 4/4 on a, 5/7 on b, none on c → 9 of 11, 2 of 3 answered', () => {
    const answers = {
      'ch1-term-a': [
        attempt({ id: '1', fingerprint: 'fa', score: 0.75 }),
        attempt({ id: '2', fingerprint: 'fa', score: 1, at: t0 + 1 }),
      ],
      'ch1-short-b': [attempt({ id: '3', fingerprint: 'fb', score: 5 / 7 })],
    };
    expect(chapterExamScore(items, answers)).toEqual({ got: 9, total: 11, answered: 2, items: 3 });
  });

  it('leaves out an answer given to the item before it was changed', () => {
    const answers = { 'ch1-term-a': [attempt({ fingerprint: 'old', score: 1 })] };
    expect(chapterExamScore(items, answers)).toEqual({ got: 0, total: 0, answered: 0, items: 3 });
  });
});
