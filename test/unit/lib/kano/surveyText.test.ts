/**
 * The classifier's words: the survey summary over the sample's tallies (classes and close calls
 * as worked out by hand in majorityClass.test.ts and the sample test), and every file problem and
 * row error with its values filled in (expected texts written out from the strings).
 */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { featureReadings } from '../../../../src/lib/kano/featureReadings.ts';
import { kanoFormats } from '../../../../src/lib/kano/kanoFormats.ts';
import type { KanoTally } from '../../../../src/lib/kano/kanoTally.ts';
import { surveyFileReport, surveyProblemText } from '../../../../src/lib/kano/surveyFileText.ts';
import { surveySummary } from '../../../../src/lib/kano/surveySummary.ts';

const en = { strings: dictionaries.en.kano, formats: kanoFormats('en') };
const zh = { strings: dictionaries['zh-cn'].kano, formats: kanoFormats('zh-CN') };
const tally = (counts: Partial<KanoTally>): KanoTally => ({ M: 0, O: 0, A: 0, I: 0, R: 0, Q: 0, ...counts });

const survey = featureReadings([
  { name: 'Clean car', tally: tally({ M: 16, O: 6, I: 5, A: 2, Q: 1 }) }, // M, clear
  { name: 'Safety', tally: tally({ M: 13, O: 10, I: 4, A: 2, Q: 1 }) }, // M, close to O
  { name: 'Water', tally: tally({ A: 17, I: 8, O: 3, M: 1, Q: 1 }) }, // A, clear
  { name: 'Music', tally: tally({ I: 12, A: 11, R: 4, M: 2, O: 1 }) }, // I, close to A
  { name: 'Unasked', tally: tally({}) }, // no answers
]);

describe('surveySummary', () => {
  it('groups the features by class, then names the close calls and the unanswered', () => {
    expect(surveySummary(survey, en.strings, en.formats)).toEqual([
      'Must-be (M): “Clean car” and “Safety”.',
      'Attractive (A): “Water”.',
      'Indifferent (I): “Music”.',
      'Too close to call: “Safety” (Must-be or One-dimensional) and “Music” (Indifferent or Attractive).',
      'No usable answers: “Unasked”.',
    ]);
    expect(surveySummary(survey, zh.strings, zh.formats)).toEqual([
      '必备（M）：“Clean car”和“Safety”。',
      '魅力（A）：“Water”。',
      '无差异（I）：“Music”。',
      '难以判断：“Safety”（必备还是一元）和“Music”（无差异还是魅力）。',
      '没有可用的答案：“Unasked”。',
    ]);
  });
});

describe('kanoFormats.coefficient', () => {
  it('shows two decimals and never a minus sign on zero', () => {
    expect(en.formats.coefficient(22 / 29)).toBe('0.76');
    expect(en.formats.coefficient(-22 / 29)).toBe('-0.76');
    expect(en.formats.coefficient(-0.001)).toBe('0.00');
    expect(zh.formats.coefficient(0.5)).toBe('0.50');
  });
});

describe('survey file problems and row errors in words', () => {
  it('words every file problem with its values', () => {
    const text = (problem: Parameters<typeof surveyProblemText>[0]) =>
      surveyProblemText(problem, en.strings, en.formats);
    expect(text({ code: 'fileTooLarge', bytes: 1.5 * 1024 * 1024, maxBytes: 1024 * 1024 })).toBe(
      'This file is 1.5 MB; the limit is 1 MB. It was not read.',
    );
    expect(text({ code: 'fileUnreadable' })).toBe('This file could not be read.');
    expect(text({ code: 'tooManyRows', rows: 10_001, maxRows: 10_000 })).toBe(
      'The file has 10,001 rows of data; at most 10,000 can be read.',
    );
    expect(text({ code: 'unclosedQuote', line: 7 })).toBe('Line 7: a quote is opened and never closed.');
    expect(text({ code: 'tooManyFeatures', features: 21, maxFeatures: 20 })).toBe(
      'The file has 21 features; at most 20 can be analysed.',
    );
    expect(text({ code: 'missingColumn', feature: 'Wi-Fi', side: 'dysfunctional' })).toBe(
      'Feature “Wi-Fi” has no column for the dysfunctional question.',
    );
    expect(
      surveyProblemText({ code: 'duplicateColumn', feature: '饮用水', side: 'functional' }, zh.strings, zh.formats),
    ).toBe('功能“饮用水”的正向问题有不止一列。');
  });

  it('lists the answers left out with their lines, and counts those not listed', () => {
    const report = surveyFileReport(
      {
        ok: true,
        features: [],
        respondents: 2,
        rowErrors: [
          { line: 3, code: 'missingAnswer', feature: 'Wi-Fi', side: 'dysfunctional' },
          { line: 4, code: 'unknownAnswer', feature: 'Wi-Fi', side: 'functional', text: 'maybe' },
          { line: 5, code: 'noAnswers' },
        ],
        unlistedRowErrors: 2,
      },
      zh.strings,
      zh.formats,
    );
    expect(report).toEqual({
      problems: [],
      rowErrors: {
        title: '有 5 处答案未被采用：',
        lines: [
          '第 3 行，“Wi-Fi”：缺少反向问题的答案。',
          '第 4 行，“Wi-Fi”的正向问题：“maybe”不是五种答案之一。',
          '第 5 行：没有回答任何功能。',
        ],
        more: '……另有 2 处。',
      },
    });
    expect(surveyFileReport({ ok: false, problems: [{ code: 'noFeatures' }] }, en.strings, en.formats)).toEqual({
      problems: [
        'No feature columns in the header: each feature needs a column “name functional” and a column “name dysfunctional”.',
      ],
      rowErrors: null,
    });
  });
});
