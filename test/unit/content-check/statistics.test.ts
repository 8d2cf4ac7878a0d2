/** The statistic rule: what counts as a statistic, as a citation, and how exemptions work. */
import { describe, expect, it } from 'vitest';
import { findCitation, showsCalculation } from '../../../src/lib/content-check/citation.ts';
import { checkCourse } from '../../../src/lib/content-check/checkCourse.ts';
import { checkStatistics, findStatistics } from '../../../src/lib/content-check/statistics.ts';
import { bodyLine, chapter, chapterText, yamlBlocks } from './fixtures.ts';

const EN = 'content/chapters/en/01-foundations.mdx';
const ZH = 'content/chapters/zh-cn/01-foundations.mdx';
const cite = (text: string) => findCitation({ text, links: [] });

describe('findStatistics', () => {
  it.each([
    ['96% never complain', '96%'],
    ['九成六，即 96％ 的顾客', '96％'],
    ['成本是保留的 5 倍', '5 倍'],
    ['成本是保留的五倍', '五倍'],
    ['百分之九十六的顾客', '百分之九十六'],
    ['costs five times as much', 'five times'],
    ['5–10× as much', '5–10×'],
    ['about 40 per cent longer', '40 per cent'],
    ['rose by 20 percentage points', '20 percentage points'],
  ])('finds the statistic in "%s"', (text, statistic) => {
    expect(findStatistics(text).map((found) => found.text)).toEqual([statistic]);
  });

  it.each([
    'she visits three times a week',
    'a 3 × 4 table',
    'the years 1990 and 2007',
    'Treating "96% never complain" as a measured fact',
    '把“96% 的顾客不抱怨”当作定律',
  ])('finds none in "%s"', (text) => {
    expect(findStatistics(text)).toEqual([]);
  });
});

describe('findCitation', () => {
  it.each([
    'as Reichheld and Sasser (1990) found',
    '(Bitner et al., 1990, 1994)',
    "Reichheld and Sasser's 1990 article",
    '赖克哈尔德和萨塞（1990）发现',
    '（琼斯、萨塞，1995）',
    '萨瑟（W. Earl Sasser）1990 年发表在《哈佛商业评论》上',
    '佩皮亚特（Emma Peppiatt）：1996 年，他们',
    '1995 年，托马斯·琼斯（Thomas O. Jones）和',
    'In 1995 Thomas O. Jones and W. Earl Sasser published',
    'according to China News Service',
    'usually attributed to TARP',
    '据中国质量协会发布的报告',
    'Source: annual report',
    '资料来源：年报',
    'The table has no known source',
    '这组数字找不到出处',
    'We could not find a source for that figure',
    '我们没有找到这个数字的出处',
  ])('accepts "%s"', (text) => {
    expect(cite(text)).toBeDefined();
  });

  it.each([
    'according to press reports',
    '据统计，',
    '据说如此',
    '数据库中的调查显示',
    'in 2019 the firm',
    '截至2019年底',
  ])('rejects "%s"', (text) => {
    expect(cite(text)).toBeUndefined();
  });

  it('accepts a link to a web page', () => {
    expect(findCitation({ text: 'see this', links: ['https://example.org/report'] })).toBe(
      'https://example.org/report',
    );
  });

  it('recognises arithmetic shown in the text', () => {
    expect(showsCalculation('precision = 24 ÷ 25 = 96%')).toBe(true);
    expect(showsCalculation('churn of 8% a year')).toBe(false);
  });
});

describe('checkStatistics', () => {
  const body = [
    'Most unhappy customers, 96%, never complain.', // +0: uncited
    '',
    'Firms lose 10% a year (Reichheld & Sasser 1990).', // +2: cited
    '',
    'Set the retention to 80% in the widget.', // +4: exempted below
    '',
    'A firm loses 5% a year: 1,000 × 0.95 = 950.', // +6: computed (and the table's lead-in)
    '',
    '| Stage | Probability |', // +8: table, cited by its source line below
    '| --- | --- |',
    '| First contact | 10% |',
    '',
    'Source: the chapter’s own illustration.',
  ].join('\n');
  const blocks = chapter(body).blocks;
  const exemption = { file: EN, quote: 'retention to 80%', reason: 'a widget input, not a claim', line: 3 };

  it('fails on an uncited statistic at its line, and passes cited, computed and exempted ones', () => {
    expect(checkStatistics(blocks, [exemption], 'content/statistic-exemptions.yaml')).toEqual([
      {
        file: EN,
        line: bodyLine(),
        message: expect.stringContaining('statistic "96%" with no source in the same paragraph'),
      },
    ]);
  });

  it('reports an exemption that no longer matches anything', () => {
    const stale = { file: EN, quote: 'no such text', reason: 'gone', line: 7 };
    expect(checkStatistics(blocks, [exemption, stale], 'content/statistic-exemptions.yaml')).toContainEqual({
      file: 'content/statistic-exemptions.yaml',
      line: 7,
      message: expect.stringContaining('matches no unsourced statistic'),
    });
  });

  it('lets an explanation cite what its quiz item’s prompt states, per language', () => {
    const quiz = (explanationZh: string) =>
      yamlBlocks(
        'content/quizzes/07-complaints.yaml',
        [
          'items:',
          '  - id: ch7-silent',
          '    prompt:',
          '      zh-cn: 96% 的顾客不抱怨吗？',
          '      en: Do 96% never complain?',
          '    explanation:',
          `      zh-cn: ${explanationZh}`,
          '      en: The figure is attributed to TARP.',
        ].join('\n'),
      );
    expect(checkStatistics(quiz('这个数字通常归于 TARP。'), [], 'x')).toEqual([]);
    expect(checkStatistics(quiz('原始出处难以查证。'), [], 'x')).toEqual([
      {
        file: 'content/quizzes/07-complaints.yaml',
        line: 4,
        message: expect.stringContaining('item ch7-silent (zh-cn)'),
      },
    ]);
    expect(
      checkStatistics(
        quiz('原始出处难以查证。'),
        [{ file: 'content/quizzes/07-complaints.yaml', item: 'ch7-silent', reason: 'a claim to judge' }],
        'x',
      ),
    ).toEqual([]);
  });

  it('reads a Chinese paragraph the same way', () => {
    const zh = chapter(
      '九成以上，即 96% 的不满顾客不抱怨。\n\n留存率提高 5%，利润提高 25%～85%（赖克哈尔德和萨塞，1990）。',
      ZH,
    ).blocks;
    expect(checkStatistics(zh, [], 'x').map((problem) => problem.line)).toEqual([bodyLine()]);
  });
});

describe('checkCourse on a tiny course', () => {
  it('reads the exemption list and reports a malformed entry at its line', () => {
    const files = new Map([
      [EN, chapterText('Text.')],
      [
        'content/statistic-exemptions.yaml',
        'exemptions:\n  - file: content/chapters/en/01-foundations.mdx\n    reason: no quote or item given\n',
      ],
    ]);
    expect(checkCourse(files).statistics).toEqual([
      { file: 'content/statistic-exemptions.yaml', line: 2, message: expect.stringContaining('either a quote') },
    ]);
  });
});
