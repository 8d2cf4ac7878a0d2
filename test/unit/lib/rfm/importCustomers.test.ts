/** Reading a student's customer file: CSV edge cases, row errors with line numbers, limits. */
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../../src/lib/rfm/csvRecords.ts';
import { importCustomerCsv } from '../../../../src/lib/rfm/importCustomers.ts';

const header = 'customerId,lastPurchaseDaysAgo,purchases,revenue,profit';

describe('parseCsvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and counts lines', () => {
    const text = 'a,b,c\n"x, y","say ""hi""","two\nlines"\nlast,2,3';
    expect(parseCsvRecords(text)).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
        // the quoted line break moved the next record to line 4
        { line: 4, fields: ['last', '2', '3'] },
      ],
    });
  });

  it('drops a byte-order mark, accepts CRLF and lone CR, skips blank lines', () => {
    const text = '\uFEFFa,b\r\n1,2\r\n\r\n   \r\n3,4\r5,6\r\n';
    expect(parseCsvRecords(text)).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1', '2'] },
        { line: 5, fields: ['3', '4'] },
        { line: 6, fields: ['5', '6'] },
      ],
    });
  });

  it('keeps empty fields, and reads semicolon- and tab-separated files', () => {
    expect(parseCsvRecords('a,,c')).toEqual({ ok: true, records: [{ line: 1, fields: ['a', '', 'c'] }] });
    expect(parseCsvRecords('a;b\n"1,5";2')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1,5', '2'] },
      ],
    });
    expect(parseCsvRecords('a\tb\n1\t2')).toMatchObject({ ok: true, records: [{}, { fields: ['1', '2'] }] });
  });

  it('reports a quote that never closes, with the line where it opened', () => {
    expect(parseCsvRecords('a,b\n1,2\n3,"oops\n4,5\n')).toEqual({
      ok: false,
      problem: { code: 'unclosedQuote', line: 3 },
    });
  });
});

describe('importCustomerCsv', () => {
  it('imports good rows and reports bad ones by line, column and code', () => {
    const text = [
      header,
      'C1,10,3,450.5,120', // line 2: fine
      'C2,abc,3,100,10', // line 3: recency not a number
      'C3,5,-2,100,10', // line 4: negative count
      'C4,5,2.5,100,10', // line 5: fractional count
      ',5,2,100,10', // line 6: id missing
      'C5,5,2', // line 7: too few fields
      '', // line 8: blank, skipped
      '"C6",7,1,"1,200",-35', // line 9: fine; quoted thousands, a loss
      'C1,1,1,1,1', // line 10: duplicate id
      'C7,5,2,-100,10', // line 11: negative revenue
      'C8,5,2,100,12%', // line 12: a percentage is not an amount
    ].join('\n');
    const result = importCustomerCsv(text);
    expect(result.fileProblems).toEqual([]);
    expect(result.rowsRead).toBe(10);
    expect(result.customers).toEqual([
      { customerId: 'C1', lastPurchaseDaysAgo: 10, purchases: 3, revenue: 450.5, profit: 120 },
      { customerId: 'C6', lastPurchaseDaysAgo: 7, purchases: 1, revenue: 1200, profit: -35 },
    ]);
    expect(result.rowErrors).toEqual([
      { line: 3, field: 'lastPurchaseDaysAgo', code: 'notANumber' },
      { line: 4, field: 'purchases', code: 'belowMin', min: 0 },
      { line: 5, field: 'purchases', code: 'notWhole' },
      { line: 6, field: 'customerId', code: 'required' },
      { line: 7, code: 'fieldCount', expected: 5, actual: 3 },
      { line: 10, field: 'customerId', code: 'duplicateId', firstLine: 2 },
      { line: 11, field: 'revenue', code: 'belowMin', min: 0 },
      { line: 12, field: 'profit', code: 'notANumber' },
    ]);
    expect(result.unlistedRowErrors).toBe(0);
  });

  it('reports every broken field of a row, an empty field as required', () => {
    const result = importCustomerCsv(`${header}\nC1,,x,5,99999999999999`);
    expect(result.rowErrors).toEqual([
      { line: 2, field: 'lastPurchaseDaysAgo', code: 'required' },
      { line: 2, field: 'purchases', code: 'notANumber' },
      { line: 2, field: 'profit', code: 'aboveMax', max: 1e12 },
    ]);
  });

  it('reads numbers by the rule typed numbers follow, and names a decimal comma as the reason', () => {
    const text = [
      header,
      'C1,"1 000",２,"12,500.5",-3', // line 2: grouped by a space and a comma, full-width digit
      'C2,5,2,"1,5",10', // line 3: a decimal comma in a quoted field
      'C3,5,2,100,"0,85"', // line 4: one more, with a leading zero
      'C4,5,2,1e3,12 000', // line 5: an exponent and space groups are numbers too
      'C5,5,2,100,"1,00"', // line 6: a comma that groups no thousands
    ].join('\n');
    const result = importCustomerCsv(text);
    expect(result.customers).toEqual([
      { customerId: 'C1', lastPurchaseDaysAgo: 1000, purchases: 2, revenue: 12500.5, profit: -3 },
      { customerId: 'C4', lastPurchaseDaysAgo: 5, purchases: 2, revenue: 1000, profit: 12000 },
    ]);
    expect(result.rowErrors).toEqual([
      { line: 3, field: 'revenue', code: 'decimalComma' },
      { line: 4, field: 'profit', code: 'decimalComma' },
      { line: 6, field: 'profit', code: 'decimalComma' },
    ]);
  });

  it('finds columns in any order, under Chinese names, ignoring extra columns', () => {
    const text = '利润,客户编号,备注,收入,购买次数,距上次购买天数\r\n-5,王,"常客, 北京",200,2,30\r\n';
    expect(importCustomerCsv(text).customers).toEqual([
      { customerId: '王', lastPurchaseDaysAgo: 30, purchases: 2, revenue: 200, profit: -5 },
    ]);
  });

  it('names a missing or doubled column and imports nothing', () => {
    expect(importCustomerCsv('customerId,purchases,revenue,profit\nC1,1,1,1')).toEqual({
      customers: [],
      fileProblems: [{ code: 'missingColumn', column: 'lastPurchaseDaysAgo' }],
      rowErrors: [],
      unlistedRowErrors: 0,
      rowsRead: 1,
    });
    expect(importCustomerCsv(`${header},Profit\nC1,1,1,1,1,1`).fileProblems).toEqual([
      { code: 'duplicateColumn', column: 'profit' },
    ]);
  });

  it('says when there is nothing to import, or a quote never closes', () => {
    expect(importCustomerCsv('').fileProblems).toEqual([{ code: 'noRows' }]);
    expect(importCustomerCsv(`${header}\n\n`).fileProblems).toEqual([{ code: 'noRows' }]);
    expect(importCustomerCsv(`${header}\nC1,"5,1,1,1`).fileProblems).toEqual([{ code: 'unclosedQuote', line: 2 }]);
  });

  it('refuses a file over the size limit, counting bytes in UTF-8', () => {
    // 客 takes 3 bytes in UTF-8: 40 of them are 120 bytes, over a 100-byte limit though only 40 characters.
    const limits = { maxBytes: 100, maxRows: 10, maxListedErrors: 5 };
    expect(importCustomerCsv('客'.repeat(40), limits).fileProblems).toEqual([
      { code: 'fileTooLarge', bytes: 120, maxBytes: 100 },
    ]);
    expect(importCustomerCsv('x'.repeat(101), limits).fileProblems).toEqual([
      { code: 'fileTooLarge', bytes: 101, maxBytes: 100 },
    ]);
  });

  it('refuses more rows than the limit, and lists only the first errors of a very bad file', () => {
    const rows = (n: number, row: string) => Array.from({ length: n }, () => row).join('\n');
    const limits = { maxBytes: 1_000_000, maxRows: 10, maxListedErrors: 3 };
    expect(importCustomerCsv(`${header}\n${rows(11, 'C,1,1,1,1')}`, limits).fileProblems).toEqual([
      { code: 'tooManyRows', rows: 11, maxRows: 10 },
    ]);
    const bad = importCustomerCsv(`${header}\n${rows(8, 'C,x,1,1,1')}`, limits);
    expect(bad.rowErrors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(bad.unlistedRowErrors).toBe(5);
  });

  it('handles the real limits: 50 000 rows import, 50 001 do not', () => {
    const lines = Array.from({ length: 50_001 }, (_, i) => `C${i},${i % 700},${i % 9},${i % 500},${(i % 300) - 50}`);
    expect(importCustomerCsv([header, ...lines.slice(0, 50_000)].join('\n')).customers).toHaveLength(50_000);
    expect(importCustomerCsv([header, ...lines].join('\n')).fileProblems).toEqual([
      { code: 'tooManyRows', rows: 50_001, maxRows: 50_000 },
    ]);
  });
});
