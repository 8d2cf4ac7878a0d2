/** Reading a class's answers from CSV: columns found by name, bad rows left out and reported by line and column. */
import { describe, expect, it } from 'vitest';
import { classColumns, importClassCsv } from '../../../../src/lib/servqual/classCsv.ts';
import { hospital } from './handRatings.ts';

const header = ['respondent', ...classColumns].join(',');
const row = (id: string, expected: readonly (number | string)[], perceived: readonly (number | string)[]) =>
  [id, ...expected, ...perceived].join(',');

describe('the class file', () => {
  it('names its 44 columns E1 … E22 then P1 … P22', () => {
    expect(classColumns).toHaveLength(44);
    expect(classColumns.slice(0, 2)).toEqual(['E1', 'E2']);
    expect(classColumns[21]).toBe('E22');
    expect(classColumns[22]).toBe('P1');
    expect(classColumns[43]).toBe('P22');
  });

  it('reads each respondent’s ratings, whatever the order of the columns and extra columns', () => {
    const text = [header, row('r1', hospital.expected, hospital.perceived)].join('\n');
    const read = importClassCsv(text);
    expect(read.fileProblems).toEqual([]);
    expect(read.rowErrors).toEqual([]);
    expect(read.respondents).toEqual([{ expected: hospital.expected, perceived: hospital.perceived }]);

    // P columns first, lower-case names with a leading zero, a comment column at the end, semicolons.
    const reordered = [
      [
        ...classColumns.slice(22).map((c) => c.toLowerCase().replace('p', 'p0')),
        ...classColumns.slice(0, 22),
        'note',
      ].join(';'),
      [...hospital.perceived, ...hospital.expected, 'on time'].join(';'),
    ].join('\r\n');
    expect(importClassCsv(reordered).respondents).toEqual([
      { expected: hospital.expected, perceived: hospital.perceived },
    ]);
  });

  it('leaves out bad rows and reports each by line and column', () => {
    const offScale = [...hospital.perceived];
    offScale[4] = 8;
    const notNumber: (number | string)[] = [...hospital.expected];
    notNumber[1] = 'x';
    const half: (number | string)[] = [...hospital.expected];
    half[0] = '4.5';
    const text = [
      header,
      row('ok1', hospital.expected, hospital.perceived),
      row('bad-p5', hospital.expected, offScale),
      '',
      row('bad-e2', notNumber, hospital.perceived),
      'short,1,2,3',
      row('bad-e1-and-empty-p22', half, [...hospital.perceived.slice(0, 21), '']),
      row('ok2', hospital.expected, hospital.perceived),
    ].join('\n');
    const read = importClassCsv(text);
    expect(read.rowsRead).toBe(6);
    expect(read.respondents).toHaveLength(2);
    expect(read.rowErrors).toEqual([
      { line: 3, code: 'rating', column: 'P5', problem: { code: 'aboveMax', max: 7 } },
      // Line 4 is blank and skipped; the lines keep counting.
      { line: 5, code: 'rating', column: 'E2', problem: { code: 'notANumber' } },
      { line: 6, code: 'fieldCount', expected: 45, actual: 4 },
      { line: 7, code: 'rating', column: 'E1', problem: { code: 'notWhole' } },
      { line: 7, code: 'rating', column: 'P22', problem: { code: 'required' } },
    ]);
  });

  it('counts lines inside a quoted field that breaks over two lines', () => {
    const text = [
      `note,${classColumns.join(',')}`,
      `"first line\nsecond line",${[...hospital.expected, ...hospital.perceived].join(',')}`,
      `"",${[...hospital.expected, ...hospital.perceived.slice(0, 21), 0].join(',')}`,
    ].join('\n');
    expect(importClassCsv(text).rowErrors).toEqual([
      { line: 4, code: 'rating', column: 'P22', problem: { code: 'belowMin', min: 1 } },
    ]);
  });

  it('refuses a file without the columns, naming the missing and the doubled ones', () => {
    const text = ['E1,E1,' + classColumns.slice(1, 40).join(','), '1'].join('\n');
    expect(importClassCsv(text).fileProblems).toEqual([
      { code: 'missingColumns', columns: ['P19', 'P20', 'P21', 'P22'] },
      { code: 'duplicateColumns', columns: ['E1'] },
    ]);
  });

  it('refuses an empty file, an unclosed quote, too many rows and too many bytes', () => {
    expect(importClassCsv('').fileProblems).toEqual([{ code: 'noRows' }]);
    expect(importClassCsv(header).fileProblems).toEqual([{ code: 'noRows' }]);
    expect(importClassCsv(`${header}\n"r1,5,5`).fileProblems).toEqual([{ code: 'unclosedQuote', line: 2 }]);
    const limits = { maxBytes: 10_000, maxRows: 2, maxListedErrors: 1 };
    const three = [header, ...['a', 'b', 'c'].map((id) => row(id, hospital.expected, hospital.perceived))].join('\n');
    expect(importClassCsv(three, limits).fileProblems).toEqual([{ code: 'tooManyRows', rows: 3, maxRows: 2 }]);
    expect(importClassCsv(three, { ...limits, maxBytes: 100, maxRows: 10 }).fileProblems).toEqual([
      { code: 'fileTooLarge', bytes: three.length, maxBytes: 100 },
    ]);
    // Chinese text counts three bytes a character.
    expect(importClassCsv('满意度'.repeat(10), { ...limits, maxBytes: 50 }).fileProblems).toEqual([
      { code: 'fileTooLarge', bytes: 90, maxBytes: 50 },
    ]);
  });

  it('lists only the first errors and counts the rest', () => {
    const bad = row(
      'x',
      hospital.expected.map(() => 9),
      hospital.perceived,
    );
    const read = importClassCsv([header, bad].join('\n'), { maxBytes: 100_000, maxRows: 10, maxListedErrors: 5 });
    expect(read.rowErrors).toHaveLength(5);
    expect(read.unlistedRowErrors).toBe(17);
    expect(read.respondents).toEqual([]);
  });
});
