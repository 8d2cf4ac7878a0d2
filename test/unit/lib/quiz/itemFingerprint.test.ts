import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { itemFingerprint } from '../../../../src/lib/quiz/itemFingerprint.ts';
import { quizSchema } from '../../../../src/schemas/quiz.ts';

const quiz = quizSchema.parse(parse(readFileSync('test/fixtures/quizzes/every-type.yaml', 'utf8')));
const item = quiz.items[0]!;

describe('itemFingerprint', () => {
  it('is the same for the same item, whatever the order of its keys', () => {
    const reordered = Object.fromEntries(Object.entries(item).reverse());
    expect(itemFingerprint(reordered)).toBe(itemFingerprint(item));
  });

  it('changes when the question, a choice or the answer changes, in either language', () => {
    const base = itemFingerprint(item);
    expect(itemFingerprint({ ...item, prompt: { ...item.prompt, en: `${item.prompt.en}?` } })).not.toBe(base);
    expect(itemFingerprint({ ...item, prompt: { ...item.prompt, 'zh-cn': `${item.prompt['zh-cn']}？` } })).not.toBe(
      base,
    );
    expect(itemFingerprint({ ...item, answer: 'something-else' })).not.toBe(base);
  });

  it('does not change when only the explanation, difficulty or objective is reworded', () => {
    const base = itemFingerprint(item);
    expect(itemFingerprint({ ...item, explanation: { 'zh-cn': '新的解释', en: 'A new explanation' } })).toBe(base);
    expect(itemFingerprint({ ...item, difficulty: 3 })).toBe(base);
  });

  it('tells every item of the fixture apart', () => {
    const prints = quiz.items.map(itemFingerprint);
    expect(new Set(prints).size).toBe(prints.length);
  });
});
