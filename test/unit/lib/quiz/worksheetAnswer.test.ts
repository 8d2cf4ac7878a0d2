/**
 * A worksheet's answer key names options by the letters the worksheet prints: checked on items
 * written out by hand with their printed order, and against the quiz as the server arranges it.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { arrangeItem } from '../../../../src/lib/quiz/arrangeItem.ts';
import { localizeQuizItem } from '../../../../src/lib/quiz/localizeQuizItem.ts';
import type { AnswerWords, QuizItemView } from '../../../../src/lib/quiz/quizItemView.ts';
import { optionLetter, worksheetAnswer } from '../../../../src/lib/quiz/worksheetAnswer.ts';
import { quizSchema } from '../../../../src/schemas/quiz.ts';

const words: AnswerWords = {
  true: 'True',
  false: 'False',
  then: ' → ',
  and: ', ',
  plusMinus: '(± {n})',
  formatNumber: (value) => new Intl.NumberFormat('en').format(value),
};

const base: QuizItemView = {
  id: 'ch1-x',
  type: 'single',
  fingerprint: 'f',
  difficulty: 1,
  prompt: 'p',
  explanation: 'e',
  key: { kind: 'single', correct: 'b' },
  choices: [],
  left: [],
  right: [],
  units: [],
  format: 'number',
};
const choices = (...ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() + 'text' }));

describe('optionLetter', () => {
  it('letters A to Z, then AA, AB … without repeating', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(optionLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
    fc.assert(fc.property(fc.nat(2000), fc.nat(2000), (a, b) => a === b || optionLetter(a) !== optionLetter(b)));
  });
});

describe('worksheetAnswer', () => {
  it('names a single answer by its printed position, not by how the quiz file lists it', () => {
    // Printed order c, b, a: the key "b" is the second option printed, B.
    const item = { ...base, choices: choices('c', 'b', 'a') };
    expect(worksheetAnswer(item, words)).toBe('B Btext');
  });

  it('lists a multiple answer in printed order, and an ordering in the answer’s order', () => {
    const multiple: QuizItemView = {
      ...base,
      type: 'multiple',
      key: { kind: 'multiple', correct: ['d', 'a'] },
      choices: choices('a', 'b', 'c', 'd'),
    };
    expect(worksheetAnswer(multiple, words)).toBe('A Atext, D Dtext');
    const ordering: QuizItemView = {
      ...base,
      type: 'ordering',
      key: { kind: 'ordering', correct: ['x', 'y', 'z'] },
      choices: choices('z', 'x', 'y'),
    };
    expect(worksheetAnswer(ordering, words)).toBe('B Xtext → C Ytext → A Ztext');
  });

  it('pairs numbered left-hand terms with lettered partners, and numbered things with lettered categories', () => {
    const matching: QuizItemView = {
      ...base,
      type: 'matching',
      key: { kind: 'matching', correct: { one: 'q', two: 'p' } },
      left: choices('one', 'two'),
      right: choices('p', 'q'),
    };
    expect(worksheetAnswer(matching, words)).toBe('1–B; 2–A');
    const sorting: QuizItemView = {
      ...base,
      type: 'categorising',
      key: { kind: 'categorising', correct: { s: 'warm', t: 'cold', u: 'warm' } },
      choices: choices('u', 's', 't'),
      right: choices('cold', 'warm'),
    };
    expect(worksheetAnswer(sorting, words)).toBe('1–B; 2–B; 3–A');
  });

  it('words true/false, numbers and text answers as the quiz feedback does', () => {
    expect(worksheetAnswer({ ...base, type: 'trueFalse', key: { kind: 'trueFalse', correct: false } }, words)).toBe(
      'False',
    );
    const numeric: QuizItemView = {
      ...base,
      type: 'numeric',
      key: { kind: 'numeric', value: 1097.5, tolerance: 0.5 },
    };
    expect(worksheetAnswer(numeric, words)).toBe('1,097.5 (± 0.5)');
  });

  it('gives every chapter 1 item, arranged with the server seed, a key whose letters exist on the page', () => {
    const quiz = quizSchema.parse(parse(readFileSync('content/quizzes/01-foundations.yaml', 'utf8')));
    for (const written of quiz.items) {
      const item = arrangeItem(localizeQuizItem(written, 'en'), 'course');
      const answer = worksheetAnswer(item, words);
      expect(answer, item.id).not.toBe('');
      const highest = optionLetter(Math.max(item.choices.length, item.right.length) - 1);
      for (const [letter] of answer.matchAll(/\b[A-Z]\b(?= |;|$)/g)) expect(letter <= highest, item.id).toBe(true);
    }
  });
});
