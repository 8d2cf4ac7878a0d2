import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gradeResponse } from '../../../../src/lib/quiz/grade.ts';
import { emptyInput } from '../../../../src/lib/quiz/itemInput.ts';
import { toResponse } from '../../../../src/lib/quiz/readInput.ts';
import { localizeQuizItem } from '../../../../src/lib/quiz/localizeQuizItem.ts';
import { correctAnswerText } from '../../../../src/lib/quiz/correctAnswerText.ts';
import type { AnswerWords } from '../../../../src/lib/quiz/quizItemView.ts';
import { quizSchema } from '../../../../src/schemas/quiz.ts';

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
  it('asks for an answer before grading, and says how many placements are missing', () => {
    const matching = view('ch1-terms-match');
    expect(toResponse(matching, emptyInput(matching))).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(toResponse(matching, { kind: 'matching', pairs: { customer: 'receives' } })).toEqual({
      ok: false,
      problem: { code: 'incomplete', missing: 2 },
    });
    const single = view('ch1-client-definition');
    expect(toResponse(single, emptyInput(single))).toEqual({ ok: false, problem: { code: 'empty' } });
    const text = view('ch1-advocate-term');
    expect(toResponse(text, { kind: 'text', text: '  ' })).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it('reads a numeric answer with the unit typed in either language, keeping what was typed', () => {
    const lifetime = view('ch1-average-lifetime');
    expect(toResponse(lifetime, { kind: 'numeric', text: '12.5 年' })).toEqual({
      ok: true,
      response: { kind: 'numeric', value: 12.5, text: '12.5 年' },
    });
    expect(toResponse(lifetime, { kind: 'numeric', text: '12.5 years' })).toMatchObject({ ok: true });
    // Letters are compared without case, as in every typed answer.
    expect(toResponse(lifetime, { kind: 'numeric', text: '12.5 Years' })).toMatchObject({
      ok: true,
      response: { value: 12.5 },
    });
    expect(toResponse(lifetime, { kind: 'numeric', text: '１２．５年' })).toMatchObject({
      ok: true,
      response: { value: 12.5 },
    });
  });

  it('reads a numeric answer with the one number reader, giving its problems as field problems', () => {
    const customers = view('ch1-churn-year-two');
    const numeric = (text: string) => toResponse(customers, { kind: 'numeric', text });
    expect(numeric('1,097.5')).toMatchObject({ ok: true, response: { value: 1097.5 } });
    expect(numeric('')).toEqual({ ok: false, problem: { code: 'required' } });
    expect(numeric('5,5')).toEqual({ ok: false, problem: { code: 'decimalComma' } });
    expect(numeric('abc')).toEqual({ ok: false, problem: { code: 'notANumber' } });
    // A plain-number item refuses a percent sign, so 0.3 and 30% are never confused.
    expect(numeric('12%')).toEqual({ ok: false, problem: { code: 'noPercent' } });
  });

  it('reads the percent sign as the format of the item says', () => {
    const proportion = view('ch1-churn-rate');
    const inPercent = { ...proportion, format: 'percent' as const };
    const value = (item: typeof proportion, text: string) => {
      const result = toResponse(item, { kind: 'numeric', text });
      return result.ok && result.response.kind === 'numeric' ? result.response.value : result;
    };
    // `either`: a proportion, so 30% is 0.3 and 0.3 is 0.3.
    expect(value(proportion, '30%')).toBe(0.3);
    expect(value(proportion, '３０％')).toBe(0.3);
    expect(value(proportion, '0.3')).toBe(0.3);
    // `percent`: the answer is in per cent, so 30 and 30% are both 30.
    expect(value(inPercent, '30')).toBe(30);
    expect(value(inPercent, '30 %')).toBe(30);
    expect(value(inPercent, '0.3')).toBe(0.3);
  });

  it('feeds grading: the proportion item accepts 15% and 0.15 and refuses 15', () => {
    const churnRate = view('ch1-churn-rate');
    const graded = (text: string) => {
      const result = toResponse(churnRate, { kind: 'numeric', text });
      return result.ok && gradeResponse(churnRate.key, result.response).correct;
    };
    expect(graded('15%')).toBe(true);
    expect(graded('0.15')).toBe(true);
    expect(graded('15')).toBe(false);
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
