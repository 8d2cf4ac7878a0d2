/** The standardising functions on named cases, each expected value written out by hand. */
import { describe, expect, it } from 'vitest';
import { standardiseEmail } from '../../../../src/lib/data-cleaning/emailAddress.ts';
import { toHalfWidth } from '../../../../src/lib/data-cleaning/fullWidth.ts';
import { standardiseName } from '../../../../src/lib/data-cleaning/personName.ts';
import { standardisePhone } from '../../../../src/lib/data-cleaning/phoneNumber.ts';
import { plainForm } from '../../../../src/lib/data-cleaning/variantForms.ts';

describe('full-width to ordinary characters', () => {
  it('turns full-width digits, letters and signs into ASCII and leaves Chinese alone', () => {
    expect(toHalfWidth('１３９００００１１１１')).toBe('13900001111');
    expect(toHalfWidth('ｗａｎｇ＠ｑｑ．ｃｏｍ')).toBe('wang@qq.com');
    expect(toHalfWidth('王芳\u3000＋８６')).toBe('王芳 +86');
    expect(toHalfWidth('138 1234')).toBe('138 1234');
  });
});

describe('standard phone numbers', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['(+86) 138.1234.5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    // "86" is a country code only before eleven digits: 8613812345 is ten digits, kept whole.
    ['8613812345', '8613812345'],
    ['', ''],
  ])('%s → %s', (raw, standard) => {
    expect(standardisePhone(raw)).toBe(standard);
  });
});

describe('variant forms', () => {
  it('simplifies the traditional characters of the tables and strips accents', () => {
    expect(plainForm('陳靜')).toBe('陈静');
    expect(plainForm('張偉')).toBe('张伟');
    expect(plainForm('Zoë')).toBe('Zoe');
    expect(plainForm('José')).toBe('Jose');
    expect(plainForm('陈静')).toBe('陈静');
  });
});

describe('standard names', () => {
  it('sets aside word order, commas, capitals, nicknames, accents and traditional characters', () => {
    expect(standardiseName('Li Xiaoyu')).toBe('li xiaoyu');
    expect(standardiseName('Xiaoyu Li')).toBe('li xiaoyu');
    expect(standardiseName('LI, Xiaoyu')).toBe('li xiaoyu');
    expect(standardiseName('Bob Brown')).toBe('brown robert');
    expect(standardiseName('Robert  Brown')).toBe('brown robert');
    expect(standardiseName('Zoë Martin')).toBe('martin zoe');
    expect(standardiseName('陳静')).toBe('陈静');
  });

  it('reads only its own nickname list, not an object’s built-in keys', () => {
    expect(standardiseName('__proto__ constructor')).toBe('__proto__ constructor');
  });

  it('keeps apart what it has no rule for: spelling variants and another script', () => {
    expect(standardiseName('Steven Clark')).not.toBe(standardiseName('Stephen Clarke'));
    expect(standardiseName('Huang Lei')).not.toBe(standardiseName('黄磊'));
    expect(standardiseName('Tom Becker')).not.toBe(standardiseName('Lena Becker'));
  });
});

describe('standard e-mail addresses', () => {
  it('trims, lower-cases and makes full-width characters ordinary', () => {
    expect(standardiseEmail(' LiXiaoyu@Outlook.com ')).toBe('lixiaoyu@outlook.com');
    expect(standardiseEmail('ｗａｎｇ＠ｑｑ．ｃｏｍ')).toBe('wang@qq.com');
  });
});
