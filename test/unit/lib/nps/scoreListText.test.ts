/** A pasted list's report in words: the place of each bad entry (line, entry or both), in both languages. */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { npsFormats } from '../../../../src/lib/nps/npsFormats.ts';
import { readScoreList } from '../../../../src/lib/nps/scoreList.ts';
import { MAX_LISTED_ENTRIES, scoreListReport } from '../../../../src/lib/nps/scoreListText.ts';

const en = (text: string) => scoreListReport(readScoreList(text), dictionaries.en.nps.scores, npsFormats('en'));
const zh = (text: string) =>
  scoreListReport(readScoreList(text), dictionaries['zh-cn'].nps.scores, npsFormats('zh-CN'));

describe('scoreListReport', () => {
  it('places entries on a single line by their number', () => {
    expect(en('9 10 abc 7')).toEqual({
      status: '3 scores read.',
      problem: null,
      bad: { title: '1 entry left out:', entries: ['Entry 3: “abc” is not a number.'], more: null },
    });
  });

  it('places entries of a column by line, and by line and entry where a line holds several', () => {
    const report = en('score\n9\n11\n7, 7.5');
    expect(report.status).toBe(
      '2 scores read. The first line, “score”, is taken as the column’s heading and not counted.',
    );
    expect(report.bad?.entries).toEqual([
      'Line 3: “11” is outside the 0–10 scale.',
      'Line 4, entry 2: “7.5” is not a whole number; scores are 0, 1, … 10.',
    ]);
  });

  it('words the same in Chinese, sentences run on without spaces', () => {
    const report = zh('评分\n9\n11\n7，7.5');
    expect(report.status).toBe('读到 2 个有效评分。第一行“评分”被当作列标题，没有计入。');
    expect(report.bad?.entries).toEqual([
      '第 3 行“11”超出了 0–10 分的范围。',
      '第 4 行第 2 项“7.5”不是整数，评分只能是 0、1……10。',
    ]);
  });

  it('lists the first few mistakes and counts the rest', () => {
    const report = en(Array.from({ length: MAX_LISTED_ENTRIES + 2 }, () => 'x').join(' ') + ' 9');
    expect(report.bad?.entries).toHaveLength(MAX_LISTED_ENTRIES);
    expect(report.bad?.title).toBe('12 entries left out:');
    expect(report.bad?.more).toBe('… and 2 more.');
  });

  it('says why no score can come of the list', () => {
    expect(en('').problem).toBe(
      'No 0–10 score read yet. Type or paste the respondents’ answers, for example: 9, 10, 7, 3.',
    );
    expect(zh('9 '.repeat(100_001)).problem).toBe('条目超过 100,000 项，无法读取；请分批计算。');
  });
});
