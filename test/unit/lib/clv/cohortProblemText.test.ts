/** A lifetime-value box's problem in words: shared sentences for a number, the widget's own for a list. */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { cohortProblemText, cohortProblemTexts } from '../../../../src/lib/clv/cohortProblemText.ts';
import { limitFormats } from '../../../../src/lib/form/fieldProblemText.ts';

const sentences = (locale: 'en' | 'zh-cn') => ({
  labels: dictionaries[locale].lifetimeValue.fields,
  lists: dictionaries[locale].lifetimeValue.problems,
  numbers: dictionaries[locale].form.problems,
});
const en = { sentences: sentences('en'), formats: limitFormats('en') };
const zh = { sentences: sentences('zh-cn'), formats: limitFormats('zh-CN') };

describe('cohortProblemText', () => {
  it('states the limits of percent boxes in percent, of the others as plain numbers', () => {
    const text = (problem: Parameters<typeof cohortProblemText>[0]) =>
      cohortProblemText(problem, en.sentences, en.formats);
    expect(text({ field: 'retention', code: 'aboveMax', max: 0.99 })).toBe(
      '“Yearly retention (%)” cannot be more than 99%.',
    );
    expect(text({ field: 'marginGrowth', code: 'belowMin', min: -0.5 })).toBe(
      '“Yearly margin growth (%)” cannot be less than -50%.',
    );
    expect(text({ field: 'marginPerCustomer', code: 'belowMin', min: -1_000_000 })).toBe(
      '“Margin per customer, year 1 (CNY)” cannot be less than -1,000,000.',
    );
    expect(text({ field: 'horizonYears', code: 'notWhole' })).toBe('“Years” must be a whole number.');
  });

  it('words a list that is too long or too short with the widget’s own sentences', () => {
    expect(cohortProblemText({ field: 'retention', code: 'tooManyValues', max: 50 }, en.sentences, en.formats)).toBe(
      '“Yearly retention (%)” can have at most 50 values.',
    );
    expect(cohortProblemText({ field: 'retention', code: 'tooFewValues', min: 1 }, zh.sentences, zh.formats)).toBe(
      '“年保留率（%）”至少需要 1 个数值。',
    );
  });

  it('gives a decimal comma its own message', () => {
    expect(cohortProblemText({ field: 'retention', index: 2, code: 'decimalComma' }, zh.sentences, zh.formats)).toBe(
      '“年保留率（%）”的小数请用小数点，例如 5.5；逗号只用来分隔千位，例如 1,000。',
    );
  });
});

describe('cohortProblemTexts', () => {
  it('words only the boxes that have a problem', () => {
    expect(
      cohortProblemTexts(
        { startingCustomers: { field: 'startingCustomers', code: 'required' } },
        en.sentences,
        en.formats,
      ),
    ).toEqual({ startingCustomers: 'Please fill in “Customers acquired”.' });
  });
});
