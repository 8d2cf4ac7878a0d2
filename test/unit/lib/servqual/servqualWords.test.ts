/**
 * The scorer's words and boxes: the result sentence for hand-worked scores in both languages, the
 * reading of typed ratings, and a class file's problems and left-out rows in words.
 */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { importClassCsv, classColumns } from '../../../../src/lib/servqual/classCsv.ts';
import { classFileProblemText, classRowReport, intervalText } from '../../../../src/lib/servqual/classText.ts';
import { gapScores, type GapScores } from '../../../../src/lib/servqual/gapScores.ts';
import { gapSummary } from '../../../../src/lib/servqual/gapSummary.ts';
import { readRatings, ratingTexts } from '../../../../src/lib/servqual/ratingTexts.ts';
import { servqualFormats } from '../../../../src/lib/servqual/servqualFormats.ts';
import { hospital } from './handRatings.ts';

const en = dictionaries.en.servqual;
const zh = dictionaries['zh-cn'].servqual;
const enFormats = servqualFormats('en');
const zhFormats = servqualFormats('zh-CN');

const scoresOf = (expected: number[], perceived: number[]): GapScores => {
  const result = gapScores({ expected, perceived });
  if (!result.ok) throw new Error('valid ratings');
  return result.scores;
};

describe('the result sentence', () => {
  const hospitalScores = scoresOf(hospital.expected, hospital.perceived);

  it('states the hospital’s overall, weighted and largest gap, rounded to two decimals', () => {
    // Overall −1.81; weighted −2.0175 → −2.02; responsiveness −2.75.
    expect(gapSummary(hospitalScores, -2.0175, en, enFormats)).toBe(
      'Overall gap (the mean of the five dimension gaps, unweighted): -1.81. Weighted by your importance points: -2.02. The largest gap is in responsiveness (-2.75): perception falls furthest short of expectation there.',
    );
    expect(gapSummary(hospitalScores, -2.0175, zh, zhFormats)).toBe(
      '总体差距（五个维度差距的平均值，不加权）为 -1.81。 按你的重要性分数加权后为 -2.02。 差距最大的是响应性（-2.75）：那里的感知比期望低得最多。',
    );
  });

  it('says when there is no weighted gap', () => {
    expect(gapSummary(hospitalScores, null, en, enFormats)).toContain(
      'The importance points do not add up to 100, so there is no weighted gap yet.',
    );
  });

  it('names tied dimensions together, and the narrowest margin when nothing falls short', () => {
    // Every item 5 expected; reliability (5–9) and empathy (18–22) perceived 6, the rest 7:
    // gaps tangibles +2, reliability +1, responsiveness +2, assurance +2, empathy +1.
    const expected = Array<number>(22).fill(5);
    const perceived = expected.map((_, index) => ((index >= 4 && index <= 8) || index >= 17 ? 6 : 7));
    const scores = scoresOf(expected, perceived);
    expect(gapSummary(scores, 1.5, en, enFormats)).toContain(
      'No dimension falls short of expectation; the narrowest margin is in reliability and empathy (+1.00).',
    );
    expect(gapSummary(scores, 1.5, zh, zhFormats)).toContain('余量最小的是可靠性和移情性（+1.00）。');
  });
});

describe('the rating boxes', () => {
  it('read a preset back exactly', () => {
    const reading = readRatings(ratingTexts({ ...hospital }), ['expected', 'perceived']);
    expect(reading).toEqual({ ok: true, ratings: { expected: hospital.expected, perceived: hospital.perceived } });
  });

  it('count empty boxes in the columns a mode asks for, without calling them mistakes', () => {
    expect(readRatings(ratingTexts(), ['expected', 'perceived'])).toEqual({ ok: false, problems: [], empty: 44 });
    expect(readRatings(ratingTexts(), ['desired', 'adequate', 'perceived'])).toEqual({
      ok: false,
      problems: [],
      empty: 66,
    });
  });

  it('name each box that cannot be read, by column and statement', () => {
    const texts = ratingTexts({ ...hospital });
    texts.perceived[4] = '8';
    texts.expected[0] = '4.5';
    texts.expected[21] = 'seven';
    texts.perceived[9] = '';
    // Full-width digits are read as any field reads them.
    texts.perceived[10] = '６';
    expect(readRatings(texts, ['expected', 'perceived'])).toEqual({
      ok: false,
      problems: [
        { column: 'expected', item: 1, problem: { code: 'notWhole' } },
        { column: 'expected', item: 22, problem: { code: 'notANumber' } },
        { column: 'perceived', item: 5, problem: { code: 'aboveMax', max: 7 } },
      ],
      empty: 1,
    });
    // Boxes of a column the mode does not score do not count.
    expect(readRatings(texts, ['desired', 'adequate']).ok).toBe(true);
  });
});

describe('a class file in words', () => {
  const header = classColumns.join(',');
  const good = [...hospital.expected, ...hospital.perceived].join(',');

  it('lists the rows left out by line and column, counting rows rather than problems', () => {
    const bad = [
      ...hospital.expected.slice(0, 21),
      0,
      ...hospital.perceived.slice(0, 4),
      8,
      ...hospital.perceived.slice(5),
    ];
    const file = importClassCsv([header, good, bad.join(','), '1,2,3'].join('\n'));
    expect(classRowReport(file, en.class, enFormats, 'en')).toEqual({
      title: '2 rows were left out:',
      lines: ['Line 3, E22: less than 1.', 'Line 3, P5: more than 7.', 'Line 4: 3 fields, but the header has 44.'],
      more: null,
    });
    const one = importClassCsv([header, good, `${good.slice(0, -1)}x`].join('\n'));
    expect(classRowReport(one, en.class, enFormats, 'en')?.title).toBe('1 row was left out:');
    expect(classRowReport(one, zh.class, zhFormats, 'zh-CN')?.lines).toEqual(['第 3 行，P22：不是数字。']);
    expect(classRowReport(importClassCsv([header, good].join('\n')), en.class, enFormats, 'en')).toBeNull();
  });

  it('says why a file was refused', () => {
    expect(classFileProblemText({ code: 'missingColumns', columns: ['P21', 'P22'] }, en.class, enFormats, 'en')).toBe(
      'These columns are missing: P21, P22.',
    );
    expect(
      classFileProblemText(
        { code: 'fileTooLarge', bytes: 3 * 1024 * 1024, maxBytes: 2 * 1024 * 1024 },
        zh.class,
        zhFormats,
        'zh-CN',
      ),
    ).toBe('这个文件有 3 MB，上限是 2 MB，未读取。');
    expect(classFileProblemText({ code: 'unclosedQuote', line: 12 }, en.class, enFormats, 'en')).toBe(
      'Line 12: a quotation mark opens and never closes.',
    );
  });

  it('writes an interval as low to high, or why there is none', () => {
    const interval = { n: 4, mean: -1, sd: 0.8165, halfWidth: 1.2992, low: -2.2992, high: 0.2992 };
    expect(intervalText(interval, en.class, enFormats)).toBe('-2.30 to +0.30');
    expect(
      intervalText({ ...interval, n: 1, sd: null, halfWidth: null, low: null, high: null }, zh.class, zhFormats),
    ).toBe('—（至少需要 2 位受访者）');
  });
});
