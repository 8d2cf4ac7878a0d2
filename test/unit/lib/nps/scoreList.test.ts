/**
 * Reading pasted 0–10 answers: every separator a Chinese or Latin list uses, full-width digits,
 * a pasted column's heading, and each bad entry reported with its line and place, never thrown.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SCORE_ENTRIES, readScoreList } from '../../../../src/lib/nps/scoreList.ts';

describe('readScoreList', () => {
  it('splits on spaces, tabs, line breaks, commas, enumeration commas and semicolons of both scripts', () => {
    // Ten answers 10 … 1: promoters 10, 9; passives 8, 7; detractors 6 … 1 (six).
    const list = readScoreList('10,9，8、7；6;5 4\t3\n2\u30001');
    expect(list.scores).toBe(10);
    expect(list.counts).toEqual({ promoters: 2, passives: 2, detractors: 6 });
    expect(list.bad).toEqual([]);
    expect(list.problem).toBeNull();
  });

  it('reads full-width digits and a trailing 分', () => {
    expect(readScoreList('１０ ９分 ７').counts).toEqual({ promoters: 2, passives: 1, detractors: 0 });
  });

  it('reports each bad entry with its line and its place on the line, and keeps the good ones', () => {
    const list = readScoreList('10 11 abc\n7.5\n-1 8');
    expect(list.scores).toBe(2);
    expect(list.counts).toEqual({ promoters: 1, passives: 1, detractors: 0 });
    expect(list.lines).toBe(3);
    expect(list.bad).toEqual([
      { text: '11', line: 1, entry: 2, lineEntries: 3, problem: 'outOfRange' },
      { text: 'abc', line: 1, entry: 3, lineEntries: 3, problem: 'notANumber' },
      { text: '7.5', line: 2, entry: 1, lineEntries: 1, problem: 'notWhole' },
      { text: '-1', line: 3, entry: 1, lineEntries: 2, problem: 'outOfRange' },
    ]);
    expect(list.problem).toBeNull();
  });

  it('counts lines as the box shows them, blank ones included', () => {
    const list = readScoreList('9\n\n  \nx');
    expect(list.bad).toEqual([{ text: 'x', line: 4, entry: 1, lineEntries: 1, problem: 'notANumber' }]);
  });

  it('skips a pasted column’s heading and says so', () => {
    const list = readScoreList('推荐意愿\r\n9\r\n10\r\n3');
    expect(list.heading).toBe('推荐意愿');
    expect(list.counts).toEqual({ promoters: 2, passives: 0, detractors: 1 });
    expect(list.bad).toEqual([]);
  });

  it('does not take a lone word for a heading when nothing follows it', () => {
    const list = readScoreList('score');
    expect(list.heading).toBeNull();
    expect(list.bad).toHaveLength(1);
    expect(list.problem).toEqual({ code: 'noScores' });
  });

  it('gives a problem for an empty box and for a list of nothing but mistakes', () => {
    expect(readScoreList('')).toMatchObject({ scores: 0, bad: [], problem: { code: 'noScores' } });
    expect(readScoreList(' ，、\n ')).toMatchObject({ scores: 0, problem: { code: 'noScores' } });
    expect(readScoreList('12 -3').problem).toEqual({ code: 'noScores' });
  });

  it('refuses a list longer than it reads', () => {
    const list = readScoreList('9 '.repeat(MAX_SCORE_ENTRIES + 1));
    expect(list.problem).toEqual({ code: 'tooMany', max: MAX_SCORE_ENTRIES });
    expect(list.scores).toBe(0);
  });
});
