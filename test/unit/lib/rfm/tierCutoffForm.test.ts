/**
 * The cut-off fields as a student types them (src/schemas/tierCutoffs.ts through readFields): in
 * percent, kept as fractions, with the shared problems; the total is the pyramid's own rule.
 */
import { describe, expect, it } from 'vitest';
import { fieldProblemText, limitFormats } from '../../../../src/lib/form/fieldProblemText.ts';
import { fieldTexts } from '../../../../src/lib/form/fieldText.ts';
import { readField, readFields } from '../../../../src/lib/form/readField.ts';
import { totalProblem, validateTierCutoffs } from '../../../../src/lib/rfm/customerPyramid.ts';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { defaultTierCutoffs, tierCutoffFields, tierCutoffsSchema } from '../../../../src/schemas/tierCutoffs.ts';

describe('the tier cut-off fields', () => {
  it('show the defaults as the percentages the form starts with', () => {
    expect(fieldTexts(tierCutoffFields, defaultTierCutoffs)).toEqual({ platinum: '5', gold: '15', iron: '50' });
  });

  it('read percent with or without the sign, as fractions', () => {
    expect(readFields(tierCutoffFields, { platinum: '10', gold: '15%', iron: '５０' })).toEqual({
      ok: true,
      values: { platinum: 0.1, gold: 0.15, iron: 0.5 },
    });
    expect(readField(tierCutoffFields.platinum, '0')).toEqual({ ok: true, value: 0 });
    expect(readField(tierCutoffFields.platinum, '100')).toEqual({ ok: true, value: 1 });
  });

  it('refuse a share below 0 % or above 100 %, a decimal comma and anything not a number', () => {
    expect(readFields(tierCutoffFields, { platinum: '-1', gold: '101', iron: '5,5' })).toEqual({
      ok: false,
      problems: {
        platinum: { code: 'belowMin', min: 0 },
        gold: { code: 'aboveMax', max: 1 },
        iron: { code: 'decimalComma' },
      },
    });
    expect(readField(tierCutoffFields.gold, 'abc')).toEqual({ ok: false, problem: { code: 'notANumber' } });
    expect(readField(tierCutoffFields.gold, '')).toEqual({ ok: false, problem: { code: 'required' } });
  });

  it('word their limits as percentages in both languages', () => {
    const label = dictionaries.en.customerPyramid.fields.platinum;
    const en = { label, percent: tierCutoffFields.platinum.percent };
    expect(fieldProblemText({ code: 'belowMin', min: 0 }, en, dictionaries.en.form.problems, limitFormats('en'))).toBe(
      '“Platinum: top (%)” cannot be less than 0%.',
    );
    expect(fieldProblemText({ code: 'aboveMax', max: 1 }, en, dictionaries.en.form.problems, limitFormats('en'))).toBe(
      '“Platinum: top (%)” cannot be more than 100%.',
    );
    const zh = { label: dictionaries['zh-cn'].customerPyramid.fields.platinum, percent: true };
    expect(
      fieldProblemText({ code: 'belowMin', min: 0 }, zh, dictionaries['zh-cn'].form.problems, limitFormats('zh-CN')),
    ).toBe('“白金：前（%）”不能小于 0%。');
  });

  it('are the schema the engine validates with, the total aside', () => {
    expect(tierCutoffsSchema().safeParse({ platinum: 0.3, gold: 0.3, iron: 0.5 }).success).toBe(true);
    expect(tierCutoffsSchema().safeParse({ platinum: 0.3, gold: 1.3, iron: 0.5 }).success).toBe(false);
    // 30 % + 30 % + 50 % passes each field, but not the pyramid's rule across them.
    expect(totalProblem({ platinum: 0.3, gold: 0.3, iron: 0.5 })).toEqual({ field: 'total', code: 'aboveMax', max: 1 });
    expect(validateTierCutoffs({ platinum: 0.3, gold: 1.3, iron: 0.5 })).toEqual([
      { field: 'gold', code: 'aboveMax', max: 1 },
    ]);
  });
});
