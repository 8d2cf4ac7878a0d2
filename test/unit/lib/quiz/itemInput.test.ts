import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emptyInput, startingOrder, toResponse } from '../../../../src/lib/quiz/itemInput';
import { localizeQuizItem } from '../../../../src/lib/quiz/localizeQuizItem';
import { correctAnswerText, type AnswerWords } from '../../../../src/lib/quiz/quizItemView';
import { quizSchema } from '../../../../src/schemas/quiz';

const quiz = quizSchema.parse(parse(readFileSync('content/quizzes/01-foundations.yaml', 'utf8')));
const view = (id: string, locale: 'en' | 'zh-cn' = 'en') =>
  localizeQuizItem(
    quiz.items.find((i) => i.id === id)!,
    locale,
  );
const words: AnswerWords = {
  true: 'True',
  false: 'False',
  then: ' → ',
  and: ', ',
  plusMinus: '(within ± {n})',
  formatNumber: (value) => new Intl.NumberFormat('en').format(value),
};

describe('item input', () => {
  it('never starts an ordering item in the right order', () => {
    for (const item of quiz.items.filter((i) => i.type === 'ordering')) {
      const order = startingOrder(localizeQuizItem(item, 'en'));
      expect(order).not.toEqual(item.answer);
      expect([...order].sort()).toEqual([...(item.answer as string[])].sort());
    }
  });

  it('asks for an answer before grading, and says how many placements are missing', () => {
    const matching = view('ch1-terms-match');
    expect(toResponse(matching, emptyInput(matching))).toEqual({ ok: false, problem: 'empty' });
    expect(toResponse(matching, { kind: 'matching', pairs: { customer: 'receives' } })).toEqual({
      ok: false,
      problem: 'incomplete',
      missing: 2,
    });
    const single = view('ch1-client-definition');
    expect(toResponse(single, emptyInput(single))).toEqual({ ok: false, problem: 'empty' });
  });

  it('reads a numeric answer with the unit typed in either language, keeping what was typed', () => {
    const lifetime = view('ch1-average-lifetime');
    expect(toResponse(lifetime, { kind: 'numeric', text: '12.5 年' })).toEqual({
      ok: true,
      response: { kind: 'numeric', value: 12.5, text: '12.5 年' },
    });
    expect(toResponse(lifetime, { kind: 'numeric', text: '12.5 years' })).toMatchObject({ ok: true });
  });
});

describe('correctAnswerText', () => {
  it('writes the right answer in the page language', () => {
    expect(correctAnswerText(view('ch1-payer-consumer'), words)).toBe('False');
    expect(correctAnswerText(view('ch1-ladder-order'), words)).toBe(
      'Prospect → First-time buyer → Repeat customer → Client → Member → Advocate → Partner',
    );
    expect(correctAnswerText(view('ch1-churn-year-two'), words)).toBe('1,097.5 customers (within ± 0.5)');
    expect(correctAnswerText(view('ch1-client-definition', 'zh-cn'), { ...words, and: '、' })).toBe(
      '企业知道客户的姓名、保存其记录，并由专人为其服务',
    );
  });
});
