/** The validators on named edge cases: mainland mobile numbers, e-mail addresses, calendar dates, and a cell as the table has it. */
import { describe, expect, it } from 'vitest';
import { dateProblem, daysInMonth } from '../../../../src/lib/data-cleaning/calendarDate.ts';
import { cellProblem } from '../../../../src/lib/data-cleaning/cellProblem.ts';
import { emailProblem } from '../../../../src/lib/data-cleaning/emailProblem.ts';
import { mobileProblem } from '../../../../src/lib/data-cleaning/mobileProblem.ts';

describe('mainland mobile numbers', () => {
  it.each([
    ['13812345678', null],
    ['19912345678', null],
    ['+86 138 1234 5678', null],
    ['１３８１２３４５６７８', null],
    ['1381234567', 'length'], // ten digits
    ['138123456789', 'length'], // twelve
    ['12812345678', 'prefix'], // no 12x segment
    ['23812345678', 'prefix'],
    ['1381234567x', 'notDigits'],
  ])('%s → %s', (raw, problem) => {
    expect(mobileProblem(raw)).toBe(problem);
  });

  it('keeps a foreign country code, which leaves a "+" that is not a digit', () => {
    expect(mobileProblem('+1 415 555 0100')).toBe('notDigits');
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['chenjing@163.com', null],
    ['LiXiaoyu@outlook.com', null],
    ['first.last+crm@mail.example.cn', null],
    ['wangjun@163', 'form'], // domain of one label
    ['xu.li#qq.com', 'form'], // no @
    ['olivia.grant.gmail.com', 'form'],
    ['tom@@gmx.de', 'form'],
    ['li na@qq.com', 'form'], // a space
    ['wang@qq..com', 'form'], // an empty label
    ['@qq.com', 'form'],
  ])('%s → %s', (raw, problem) => {
    expect(emailProblem(raw)).toBe(problem);
  });
});

describe('calendar dates', () => {
  it('counts the days of each month, leap years by the Gregorian rule', () => {
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28); // a century not divisible by 400
    expect(daysInMonth(2000, 2)).toBe(29); // divisible by 400
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });

  it.each([
    ['2024-02-29', null],
    ['2023-02-28', null],
    ['2023-02-29', 'impossible'],
    ['2023-02-30', 'impossible'],
    ['2022-04-31', 'impossible'],
    ['2024-13-05', 'impossible'],
    ['2024-00-10', 'impossible'],
    ['2024-05-00', 'impossible'],
    ['2024/05/01', 'form'],
    ['2024-5-1', 'form'],
    ['last spring', 'form'],
  ])('%s → %s', (raw, problem) => {
    expect(dateProblem(raw)).toBe(problem);
  });
});

describe('a cell of the table', () => {
  const row = {
    id: 'r1',
    name: '王芳',
    mobile: '１３９００００１１１１',
    email: 'wangjun@163',
    lastPurchase: '2023-02-30',
  };

  it('names the problem of each column, and an empty cell as missing', () => {
    expect(cellProblem(row, 'name')).toBeNull();
    expect(cellProblem(row, 'mobile')).toBeNull(); // full-width, but a real number
    expect(cellProblem(row, 'email')).toEqual({ kind: 'email' });
    expect(cellProblem(row, 'lastPurchase')).toEqual({ kind: 'date', problem: 'impossible' });
    expect(cellProblem(row, 'city')).toEqual({ kind: 'missing' });
    expect(cellProblem({ id: 'r2', mobile: '  ' }, 'mobile')).toEqual({ kind: 'missing' });
    expect(cellProblem({ id: 'r3', mobile: '12812345678' }, 'mobile')).toEqual({ kind: 'mobile', problem: 'prefix' });
  });
});
