/**
 * The class table and its charts, from three hand-made reports whose results are worked out in
 * classFixtures.ts: per-task cells, time and mean; the score bins; the hardest items; the most
 * common wrong answer per quiz item, with the answer grouping that finds it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classRows } from '../../../../src/lib/gradebook/classRows.ts';
import { commonWrongAnswers } from '../../../../src/lib/gradebook/commonWrongAnswers.ts';
import { hardestItems } from '../../../../src/lib/gradebook/hardestItems.ts';
import { responseKey } from '../../../../src/lib/gradebook/responseKey.ts';
import { scoreBin, scoreDistribution } from '../../../../src/lib/gradebook/scoreDistribution.ts';
import { kim, li, report, zhang } from './classFixtures.ts';

const filed = [
  { file: 'zhang.json', report: zhang },
  { file: 'li.json', report: li },
  { file: 'kim.json', report: kim },
];

describe('classRows', () => {
  it('gives each task done, score in percent and ending, the time and the mean over scored tasks', () => {
    const rows = classRows(filed, 'en');
    // English collation: "Li Na" < "O'Brien" < "张伟".
    expect(rows.map((row) => row.name)).toEqual(['Li Na', 'O\'Brien, "Kim"', '张伟']);
    const [liRow, kimRow, zhangRow] = rows;
    expect(zhangRow).toEqual({
      file: 'zhang.json',
      name: '张伟',
      number: 'S01',
      madeAt: Date.UTC(2026, 2, 1, 8, 30),
      tasks: [
        { done: true },
        { done: true, score: 50 },
        { done: true, ending: 'stays' },
        { done: true, score: 50 },
        { done: true },
      ],
      timeMs: 900_000,
      meanScore: 50,
    });
    expect(liRow!.tasks).toEqual([
      { done: false },
      { done: true, score: 0 },
      { done: false },
      { done: false },
      { done: false },
    ]);
    expect(liRow!.meanScore).toBe(0);
    expect(liRow!.timeMs).toBe(90_000);
    expect(liRow!.number).toBeUndefined();
    expect(kimRow!.tasks[2]).toEqual({ done: true, ending: 'leavesQuietly' });
    expect(kimRow!.meanScore).toBe(100);
  });

  it('counts a quiz under way with its score, and leaves out the mean when nothing is scored', () => {
    const partial = report(
      { name: '周' },
      (p) => {
        p.answers['q1'] = [
          { id: 'x', at: 1, fingerprint: 'f', response: { kind: 'single', choice: 'a' }, score: 1, mode: 'practice' },
        ];
      },
      {},
      5,
    );
    const blank = report({ name: '吴' }, () => {}, {}, 5);
    const [row] = classRows([{ file: 'p', report: partial }], 'zh-CN');
    // One of two items answered, right: (1 + 0) / 2 = 50 %, not done.
    expect(row!.tasks[1]).toEqual({ done: false, score: 50 });
    expect(row!.meanScore).toBe(50);
    expect(classRows([{ file: 'b', report: blank }], 'zh-CN')[0]!.meanScore).toBeUndefined();
  });

  it('sorts Chinese names in pinyin order', () => {
    const names = ['张伟', '陈静', '李娜'].map((name) => ({ file: name, report: report({ name }, () => {}, {}, 1) }));
    // chén, lǐ, zhāng.
    expect(classRows(names, 'zh-CN').map((row) => row.name)).toEqual(['陈静', '李娜', '张伟']);
  });
});

describe('scoreDistribution', () => {
  it('bins each mean by tens, 100 in the last bin, and counts the unscored apart', () => {
    expect(scoreDistribution([50, 0, 100, undefined, 9.99, 10, 89.9, 90])).toEqual({
      counts: [2, 1, 0, 0, 0, 1, 0, 0, 1, 2],
      unscored: 1,
    });
  });

  it('puts a score that float arithmetic leaves a hair under a bin edge in the bin it means', () => {
    // 0.7 * 100 is 70.00000000000001 and (0.1 + 0.2) * 100 / 0.3 … ; 69.99999999999999 means 70.
    expect(scoreBin(69.99999999999999)).toBe(7);
    expect(scoreBin(0.3 * 100)).toBe(3);
  });

  it('puts every score of 0–100 in a bin of 0–9', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (score) => {
        const bin = scoreBin(score);
        expect(bin).toBeGreaterThanOrEqual(0);
        expect(bin).toBeLessThanOrEqual(9);
        expect(Number.isInteger(bin)).toBe(true);
      }),
    );
  });
});

describe('hardestItems', () => {
  it('lists quiz and exam items by mean score over those who answered, lowest first', () => {
    // q2: 0 + 0 + 1 over 3 = 1/3; q1: 1 + 0 + 1 over 3 = 2/3; ch6-x: 0.5 + 1 over 2 = 3/4.
    expect(hardestItems(filed)).toEqual([
      { id: 'q2', kind: 'quiz', chapter: '03-customer-value', meanScore: 1 / 3, answered: 3 },
      { id: 'q1', kind: 'quiz', chapter: '03-customer-value', meanScore: 2 / 3, answered: 3 },
      { id: 'ch6-x', kind: 'exam', meanScore: 0.75, answered: 2 },
    ]);
  });

  it('puts the item more students answered first on a tie', () => {
    // Li alone: q1 0 (1 answer), q2 0 (1 answer); with Zhang, q2 is 0 over 2 answers and q1 is 1/2.
    expect(hardestItems([filed[1]!]).map((item) => item.id)).toEqual(['q1', 'q2']);
    expect(hardestItems([filed[1]!, filed[0]!]).map((item) => [item.id, item.answered])).toEqual([
      ['q2', 2],
      ['q1', 2],
      ['ch6-x', 1],
    ]);
  });
});

describe('responseKey', () => {
  it('groups answers that say the same thing, and only those', () => {
    expect(responseKey({ kind: 'multiple', choices: ['b', 'a'] })).toBe(
      responseKey({ kind: 'multiple', choices: ['a', 'b'] }),
    );
    expect(responseKey({ kind: 'ordering', order: ['b', 'a'] })).not.toBe(
      responseKey({ kind: 'ordering', order: ['a', 'b'] }),
    );
    expect(responseKey({ kind: 'matching', pairs: { x: '1', y: '2' } })).toBe(
      responseKey({ kind: 'matching', pairs: { y: '2', x: '1' } }),
    );
    expect(responseKey({ kind: 'categorising', placements: { x: '1', y: '2' } })).not.toBe(
      responseKey({ kind: 'categorising', placements: { x: '2', y: '1' } }),
    );
    expect(responseKey({ kind: 'text', text: ' 客户  终身价值 ' })).toBe(
      responseKey({ kind: 'text', text: '客户 终身价值' }),
    );
    expect(responseKey({ kind: 'text', text: 'ＣＬＶ' })).toBe(responseKey({ kind: 'text', text: 'clv' }));
    expect(responseKey({ kind: 'numeric', value: 12.5, text: '12.50' })).toBe(
      responseKey({ kind: 'numeric', value: 12.5 }),
    );
    expect(responseKey({ kind: 'trueFalse', choice: true })).not.toBe(
      responseKey({ kind: 'trueFalse', choice: false }),
    );
    // Ids joined plainly would run together: ["a,b"] and ["a", "b"] must differ.
    expect(responseKey({ kind: 'multiple', choices: ['a,b'] })).not.toBe(
      responseKey({ kind: 'multiple', choices: ['a', 'b'] }),
    );
    expect(responseKey({ kind: 'single', choice: 'a' })).not.toBe(responseKey({ kind: 'multiple', choices: ['a'] }));
  });
});

describe('commonWrongAnswers', () => {
  it('finds the answer most wrong answers gave, with its count and share', () => {
    // q1 wrong: Li "b" only (1 of 1). q2 wrong: Zhang "b", Li "b" (2 of 2). Kim got both right.
    expect(commonWrongAnswers(filed)).toEqual([
      {
        itemId: 'q1',
        chapter: '03-customer-value',
        response: { kind: 'single', choice: 'b' },
        count: 1,
        wrong: 1,
        share: 1,
      },
      {
        itemId: 'q2',
        chapter: '03-customer-value',
        response: { kind: 'single', choice: 'b' },
        count: 2,
        wrong: 2,
        share: 1,
      },
    ]);
  });

  it('counts a part-right answer as wrong, and takes the first-given answer on a tie', () => {
    const answering = (name: string, choice: string, score: number) =>
      report(
        { name },
        (p) => {
          p.answers['q2'] = [
            { id: name, at: 1, fingerprint: 'f', response: { kind: 'single', choice }, score, mode: 'practice' },
          ];
        },
        {},
        1,
      );
    const reports = [
      answering('甲', 'd', 0),
      answering('乙', 'b', 0.5),
      answering('丙', 'd', 0),
      answering('丁', 'b', 0),
      answering('戊', 'c', 1),
    ].map((r, index) => ({ file: String(index), report: r }));
    // Wrong: d, b, d, b (four); d and b two each, d given first: 2 of 4 = 0.5.
    expect(commonWrongAnswers(reports)).toEqual([
      {
        itemId: 'q2',
        chapter: '03-customer-value',
        response: { kind: 'single', choice: 'd' },
        count: 2,
        wrong: 4,
        share: 0.5,
      },
    ]);
  });

  it('leaves exam items out', () => {
    expect(commonWrongAnswers(filed).map((entry) => entry.itemId)).not.toContain('ch6-x');
  });
});
