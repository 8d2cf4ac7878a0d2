/** Whether a quiz's keys are its longest options, on a small quiz whose lengths are counted by hand. */
import { describe, expect, it } from 'vitest';
import { quizItemSchema, type QuizItem } from '../../../../src/schemas/quiz.ts';
import { KEY_LONGEST_LIMIT, keyLengths } from '../../../../src/lib/quiz/keyLength.ts';

const single = (id: string, answer: string, options: [string, string, string][]): QuizItem =>
  quizItemSchema.parse({
    id,
    objective: 'lo-1-1',
    difficulty: 1,
    type: 'single',
    prompt: { 'zh-cn': '题目', en: 'Question' },
    explanation: { 'zh-cn': '解析', en: 'Explanation' },
    options: options.map(([optionId, zh, en]) => ({ id: optionId, text: { 'zh-cn': zh, en } })),
    answer,
  });

const items: QuizItem[] = [
  // Key longest in both locales: 4 > 2 characters; "long key" 8 > "no" 2.
  single('ch1-a', 'k', [
    ['k', '四个汉字', 'long key'],
    ['d', '两个', 'no'],
  ]),
  // A tie is not "longest": 3 = 3 in Chinese; in English "abcd" 4 < "abcdef" 6.
  single('ch1-b', 'k', [
    ['k', '三个字', 'abcd'],
    ['d', '也三个', 'abcdef'],
  ]),
  // Key shorter in Chinese (1 < 2), longer in English ("yes" 3 > "ok" 2).
  single('ch1-c', 'k', [
    ['d', '两字', 'ok'],
    ['k', '是', 'yes'],
  ]),
  // Not single-choice: left out whatever its lengths.
  quizItemSchema.parse({
    id: 'ch1-d',
    objective: 'lo-1-1',
    difficulty: 1,
    type: 'trueFalse',
    prompt: { 'zh-cn': '对吗', en: 'True?' },
    explanation: { 'zh-cn': '解析', en: 'Explanation' },
    answer: true,
  }),
];

describe('keyLengths', () => {
  it('finds the items whose key is strictly the longest, per locale', () => {
    const zh = keyLengths(items, 'zh-cn');
    expect(zh.rows).toEqual([
      { itemId: 'ch1-a', keyLength: 4, longestOther: 2, keyIsLongest: true },
      { itemId: 'ch1-b', keyLength: 3, longestOther: 3, keyIsLongest: false },
      { itemId: 'ch1-c', keyLength: 1, longestOther: 2, keyIsLongest: false },
    ]);
    expect(zh.longestCount).toBe(1);
    expect(zh.share).toBeCloseTo(1 / 3, 12);

    const en = keyLengths(items, 'en');
    expect(en.rows.map((row) => row.keyIsLongest)).toEqual([true, false, true]);
    expect(en.share).toBeCloseTo(2 / 3, 12);
  });

  it('gives a share of 0 to a quiz with no single-choice items', () => {
    expect(keyLengths([items[3]!], 'en')).toEqual({ rows: [], longestCount: 0, share: 0 });
  });

  it('allows the key to be longest in at most two items of five', () => {
    expect(KEY_LONGEST_LIMIT * 5).toBe(2);
  });
});
