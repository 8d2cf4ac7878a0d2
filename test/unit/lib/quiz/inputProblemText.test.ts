/**
 * Why an answer cannot be checked yet, in words: a typed number's mistake reads exactly as a widget
 * field's, with the answer box's label; an empty or half-placed item keeps the quiz's own sentence.
 * The expected sentences are written out by hand from the strings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { fieldProblemText, limitFormats } from '../../../../src/lib/form/fieldProblemText.ts';
import { readField } from '../../../../src/lib/form/readField.ts';
import { inputProblemText } from '../../../../src/lib/quiz/inputProblemText.ts';
import { toResponse } from '../../../../src/lib/quiz/readInput.ts';
import { localizeQuizItem } from '../../../../src/lib/quiz/localizeQuizItem.ts';
import { numberField } from '../../../../src/schemas/numberField.ts';
import { quizSchema } from '../../../../src/schemas/quiz.ts';

const quiz = quizSchema.parse(parse(readFileSync('content/quizzes/01-foundations.yaml', 'utf8')));
const tags = { en: 'en', 'zh-cn': 'zh-CN' } as const;

/** What the learner is told after typing `text` into an item's box and pressing Check. */
function told(locale: 'en' | 'zh-cn', itemId: string, text: string): string | undefined {
  const item = localizeQuizItem(
    quiz.items.find((candidate) => candidate.id === itemId)!,
    locale,
  );
  const result = toResponse(item, item.type === 'numeric' ? { kind: 'numeric', text } : { kind: 'text', text });
  if (result.ok) return undefined;
  const strings = dictionaries[locale];
  return inputProblemText(result.problem, {
    quiz: strings.quiz.problems,
    form: strings.form.problems,
    label: strings.quiz.yourAnswer,
    limits: limitFormats(tags[locale]),
  });
}

describe('inputProblemText', () => {
  it('words a typed number’s mistakes with the shared field sentences, in English', () => {
    expect(told('en', 'ch1-churn-year-two', '')).toBe('Please fill in “Your answer”.');
    expect(told('en', 'ch1-churn-year-two', '5,5')).toBe(
      '“Your answer”: use a point for decimals, for example 5.5; a comma only separates thousands, as in 1,000.',
    );
    expect(told('en', 'ch1-churn-year-two', '12%')).toBe('“Your answer” wants a plain number, without %.');
    expect(told('en', 'ch1-churn-year-two', 'abc')).toBe('“Your answer” must be a number, for example 12.5.');
    expect(told('en', 'ch1-churn-year-two', '1,097')).toBeUndefined();
  });

  it('words them in Chinese', () => {
    expect(told('zh-cn', 'ch1-churn-year-two', '')).toBe('请填写“你的答案”。');
    expect(told('zh-cn', 'ch1-churn-year-two', '5,5')).toBe(
      '“你的答案”的小数请用小数点，例如 5.5；逗号只用来分隔千位，例如 1,000。',
    );
    expect(told('zh-cn', 'ch1-churn-year-two', '12%')).toBe('“你的答案”请填写不带 % 的数字。');
    expect(told('zh-cn', 'ch1-churn-year-two', 'abc')).toBe('“你的答案”需要是一个数字，例如 12.5。');
  });

  it('says exactly what a widget field with the same label says for the same text', () => {
    const field = numberField({ min: -1e9, max: 1e9 });
    for (const locale of ['en', 'zh-cn'] as const) {
      const strings = dictionaries[locale];
      for (const text of ['', '  ', '5,5', '0,85', '12%', 'abc', '1.2.3']) {
        const reading = readField(field, text);
        if (reading.ok) throw new Error(`"${text}" should not read as a number`);
        const fieldSays = fieldProblemText(
          reading.problem,
          { label: strings.quiz.yourAnswer },
          strings.form.problems,
          limitFormats(tags[locale]),
        );
        expect(told(locale, 'ch1-churn-year-two', text), text).toBe(fieldSays);
      }
    }
  });

  it('keeps the quiz’s own sentences for an item left empty or half placed', () => {
    expect(told('en', 'ch1-advocate-term', ' ')).toBe('Answer first, then check.');
    expect(told('zh-cn', 'ch1-advocate-term', '')).toBe('请先作答，再检查答案。');
    const words = {
      quiz: dictionaries.en.quiz.problems,
      form: dictionaries.en.form.problems,
      label: 'Your answer',
      limits: limitFormats('en'),
    };
    expect(inputProblemText({ code: 'incomplete', missing: 2 }, words)).toBe('2 still to choose.');
    expect(
      inputProblemText({ code: 'incomplete', missing: 1 }, { ...words, quiz: dictionaries['zh-cn'].quiz.problems }),
    ).toBe('还有 1 项没有选择。');
  });
});
