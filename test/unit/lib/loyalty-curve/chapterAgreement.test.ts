/**
 * The widget and chapter 5 say the same thing: the chapter's worked table (customers per score
 * and the course-note table's midpoints) is the engine's example and table, its total retention
 * is what the widget shows for that example, and the customers exercise 2 asks to move from 2 to
 * 3 exist in that example. Both locales.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterExample } from '../../../../src/lib/loyalty-curve/chapterExample.ts';
import { courseNoteMidpoints } from '../../../../src/lib/loyalty-curve/courseNoteTable.ts';
import { retentionReport } from '../../../../src/lib/loyalty-curve/retentionReport.ts';
import { numberFormats } from '../../../../src/lib/text/numberFormats.ts';

const chapters = {
  'zh-cn': {
    text: readFileSync('content/chapters/zh-cn/05-loyalty.mdx', 'utf8'),
    moved: /把 (\d+) 位顾客从 4 分移到 5 分/,
  },
  en: { text: readFileSync('content/chapters/en/05-loyalty.mdx', 'utf8'), moved: /move (\d+) customers from 4 to 5/ },
};

describe.each(Object.entries(chapters))('chapter 5 in %s', (_, { text, moved }) => {
  // Rows of the worked table: | score | customers | midpoint % | expected to stay |
  const rows = [...text.matchAll(/^\| ([1-5]) \| (\d+) \| ([\d.]+)% \| ([\d.]+) \|$/gm)].map((m) => ({
    score: Number(m[1]),
    customers: Number(m[2]),
    midpoint: Number(m[3]) / 100,
    staying: Number(m[4]),
  }));

  it('works the same distribution and midpoints as the widget', () => {
    expect(rows.map((row) => row.score)).toEqual([5, 4, 3, 2, 1]);
    for (const row of rows) {
      expect(row.customers).toBe(chapterExample[row.score - 1]);
      expect(row.midpoint).toBeCloseTo(courseNoteMidpoints[row.score - 1]!, 12);
      expect(row.staying).toBeCloseTo(row.customers * row.midpoint, 9);
    }
  });

  it('quotes the retention the widget shows for it by the course-note table', () => {
    const read = retentionReport(chapterExample, 0);
    if (!read.ok) throw new Error(read.problem.code);
    const shown = numberFormats('en').percent(read.report.markets.table.retention);
    expect(shown).toBe('74.6%');
    expect(text).toContain('74.6%');
    expect(text).toContain('745.5');
  });

  it('asks exercise 2 to move no more customers than the example has at a 2', () => {
    const count = Number(moved.exec(text)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(chapterExample[1]);
  });

  it('embeds the widget once', () => {
    expect(text.match(/<SatisfactionLoyaltyCurve \/>/g)).toHaveLength(1);
  });
});
