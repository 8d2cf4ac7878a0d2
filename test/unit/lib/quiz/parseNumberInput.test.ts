import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../../../src/lib/quiz/parseNumberInput';
import { gradeResponse } from '../../../../src/lib/quiz/grade';

describe('parseNumberInput', () => {
  it('reads numbers as learners type them: spaces, full-width digits, thousands separators, minus signs', () => {
    expect(parseNumberInput(' 1097.5 ')).toEqual({ ok: true, value: 1097.5 });
    expect(parseNumberInput('１０９７．５')).toEqual({ ok: true, value: 1097.5 });
    expect(parseNumberInput('1,097')).toEqual({ ok: true, value: 1097 });
    expect(parseNumberInput('1，097')).toEqual({ ok: true, value: 1097 });
    expect(parseNumberInput('−12.5')).toEqual({ ok: true, value: -12.5 });
    expect(parseNumberInput('.5')).toEqual({ ok: true, value: 0.5 });
  });

  it('drops a unit the item names, in either language', () => {
    expect(parseNumberInput('12.5 年', 'number', ['年'])).toEqual({ ok: true, value: 12.5 });
    expect(parseNumberInput('12.5 Years', 'number', ['years'])).toEqual({ ok: true, value: 12.5 });
  });

  it('says why text is not a number instead of guessing', () => {
    expect(parseNumberInput('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseNumberInput('abc')).toEqual({ ok: false, problem: 'notANumber' });
    expect(parseNumberInput('1,09')).toEqual({ ok: false, problem: 'notANumber' });
    expect(parseNumberInput('1.2.3')).toEqual({ ok: false, problem: 'notANumber' });
    expect(parseNumberInput('Infinity')).toEqual({ ok: false, problem: 'notANumber' });
  });

  it('treats "0.3" and "30%" the way the item says', () => {
    // A plain number: a percent sign is refused, so 30% can never pass for 30 or 0.3.
    expect(parseNumberInput('30%', 'number')).toEqual({ ok: false, problem: 'noPercent' });
    // A value in percent: 30 and 30% are both thirty per cent; 0.3 is 0.3 per cent.
    expect(parseNumberInput('30', 'percent')).toEqual({ ok: true, value: 30 });
    expect(parseNumberInput('30 %', 'percent')).toEqual({ ok: true, value: 30 });
    expect(parseNumberInput('0.3', 'percent')).toEqual({ ok: true, value: 0.3 });
    // A proportion either way: 0.3 and 30% (also full-width ３０％) are the same answer.
    expect(parseNumberInput('0.3', 'either')).toEqual({ ok: true, value: 0.3 });
    expect(parseNumberInput('30%', 'either')).toEqual({ ok: true, value: 0.3 });
    expect(parseNumberInput('３０％', 'either')).toEqual({ ok: true, value: 0.3 });
  });

  it('feeds grading: a proportion item accepts 15% and 0.15 and refuses 15', () => {
    const key = { kind: 'numeric', value: 0.15, tolerance: 0.001 } as const;
    const graded = (text: string) => {
      const parsed = parseNumberInput(text, 'either');
      return parsed.ok && gradeResponse(key, { kind: 'numeric', value: parsed.value }).correct;
    };
    expect(graded('15%')).toBe(true);
    expect(graded('0.15')).toBe(true);
    expect(graded('15')).toBe(false);
  });
});
