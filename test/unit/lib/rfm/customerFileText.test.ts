/**
 * A customer file's problems and left-out rows in words: every sentence with each of its
 * placeholders filled by the value its code carries (expected texts written out from the strings).
 */
import { describe, expect, it } from 'vitest';
import { fileProblemText, rowErrorReport, rowErrorText } from '../../../../src/lib/rfm/customerFileText.ts';
import { megabytes } from '../../../../src/lib/rfm/importLimits.ts';
import type { RowError } from '../../../../src/lib/rfm/importCustomers.ts';
import { numberFormats } from '../../../../src/lib/text/numberFormats.ts';
import { dictionaries } from '../../../../src/i18n/index.ts';

const en = { strings: dictionaries.en.customerPyramid, formats: numberFormats('en') };
const zh = { strings: dictionaries['zh-cn'].customerPyramid, formats: numberFormats('zh-CN') };

describe('megabytes', () => {
  it('states a size in binary megabytes, to one decimal', () => {
    expect(megabytes(5 * 1024 * 1024, en.formats)).toBe('5 MB');
    expect(megabytes(6 * 1024 * 1024, en.formats)).toBe('6 MB');
    // 314,573 bytes = 0.29999… MB
    expect(megabytes(314_573, en.formats)).toBe('0.3 MB');
    expect(megabytes(1.25 * 1024 * 1024, zh.formats)).toBe('1.3 MB');
  });
});

describe('fileProblemText', () => {
  const text = (problem: Parameters<typeof fileProblemText>[0]) => fileProblemText(problem, en.strings, en.formats);

  it('words every file problem with its values', () => {
    expect(text({ code: 'fileTooLarge', bytes: 6 * 1024 * 1024, maxBytes: 5 * 1024 * 1024 })).toBe(
      'This file is 6 MB; the limit is 5 MB. It was not read.',
    );
    expect(text({ code: 'fileUnreadable' })).toBe('The file could not be read.');
    expect(text({ code: 'tooManyRows', rows: 50_001, maxRows: 50_000 })).toBe(
      'The file has 50,001 rows; at most 50,000 can be read.',
    );
    expect(text({ code: 'noRows' })).toBe('The file has no customer rows under its header.');
    expect(text({ code: 'unclosedQuote', line: 1234 })).toBe('Line 1,234: a quotation mark opens and never closes.');
    expect(text({ code: 'missingColumn', column: 'profit' })).toBe('The column “profit” is missing.');
    expect(text({ code: 'duplicateColumn', column: 'revenue' })).toBe('The column “revenue” appears more than once.');
  });

  it('leaves no placeholder unfilled in either language', () => {
    const problems: Parameters<typeof fileProblemText>[0][] = [
      { code: 'fileTooLarge', bytes: 1, maxBytes: 1 },
      { code: 'fileUnreadable' },
      { code: 'tooManyRows', rows: 2, maxRows: 1 },
      { code: 'noRows' },
      { code: 'unclosedQuote', line: 2 },
      { code: 'missingColumn', column: 'profit' },
      { code: 'duplicateColumn', column: 'profit' },
    ];
    for (const { strings, formats } of [en, zh])
      for (const problem of problems) expect(fileProblemText(problem, strings, formats)).not.toMatch(/[{}]/);
  });

  it('speaks Chinese on the Chinese page', () => {
    expect(fileProblemText({ code: 'unclosedQuote', line: 3 }, zh.strings, zh.formats)).toBe(
      '第 3 行：引号打开后没有关闭。',
    );
  });
});

describe('rowErrorText', () => {
  const rowErrors: [RowError, string][] = [
    [{ line: 7, code: 'fieldCount', expected: 5, actual: 3 }, 'Line 7: 3 fields, but the header has 5.'],
    [{ line: 6, field: 'customerId', code: 'required' }, 'Line 6, customerId: empty.'],
    [{ line: 3, field: 'purchases', code: 'notANumber' }, 'Line 3, purchases: not a number.'],
    [
      { line: 4, field: 'revenue', code: 'decimalComma' },
      'Line 4, revenue: a decimal comma; write decimals with a point, as in 5.5 (a comma only separates thousands).',
    ],
    [{ line: 5, field: 'purchases', code: 'notWhole' }, 'Line 5, purchases: must be a whole number.'],
    [{ line: 11, field: 'revenue', code: 'belowMin', min: 0 }, 'Line 11, revenue: less than 0.'],
    [{ line: 2, field: 'profit', code: 'aboveMax', max: 1e12 }, 'Line 2, profit: more than 1,000,000,000,000.'],
    [{ line: 2, field: 'customerId', code: 'tooLong', max: 64 }, 'Line 2, customerId: longer than 64 characters.'],
    [
      { line: 10_000, field: 'customerId', code: 'duplicateId', firstLine: 2 },
      'Line 10,000, customerId: the same customer as line 2.',
    ],
  ];

  it.each(rowErrors)('words %o', (error, expected) => {
    expect(rowErrorText(error, en.strings, en.formats)).toBe(expected);
    expect(rowErrorText(error, zh.strings, zh.formats)).not.toMatch(/[{}]/);
  });

  it('speaks Chinese on the Chinese page', () => {
    expect(
      rowErrorText({ line: 5, field: 'customerId', code: 'duplicateId', firstLine: 2 }, zh.strings, zh.formats),
    ).toBe('第 5 行，customerId：与第 2 行是同一位客户。');
    expect(rowErrorText({ line: 4, field: 'revenue', code: 'decimalComma' }, zh.strings, zh.formats)).toBe(
      '第 4 行，revenue：小数用了逗号；请用小数点，例如 5.5（逗号只用来分隔千位）。',
    );
  });
});

describe('rowErrorReport', () => {
  const listed: RowError[] = [
    { line: 3, field: 'purchases', code: 'notANumber' },
    { line: 5, field: 'customerId', code: 'duplicateId', firstLine: 2 },
  ];

  it('says nothing for a file that kept every row', () => {
    expect(rowErrorReport({ rowErrors: [], unlistedRowErrors: 0 }, en.strings, en.formats)).toBeNull();
  });

  it('counts the rows left out and lists them by line', () => {
    expect(rowErrorReport({ rowErrors: listed, unlistedRowErrors: 0 }, en.strings, en.formats)).toEqual({
      title: '2 rows were left out:',
      lines: ['Line 3, purchases: not a number.', 'Line 5, customerId: the same customer as line 2.'],
      more: null,
    });
  });

  it('counts those beyond the listed ones in the title and once more at the end', () => {
    expect(rowErrorReport({ rowErrors: listed, unlistedRowErrors: 1200 }, en.strings, en.formats)).toMatchObject({
      title: '1,202 rows were left out:',
      more: '… and 1,200 more.',
    });
    expect(rowErrorReport({ rowErrors: listed, unlistedRowErrors: 3 }, zh.strings, zh.formats)).toMatchObject({
      title: '有 5 行未被采用：',
      more: '……另有 3 行。',
    });
  });
});
