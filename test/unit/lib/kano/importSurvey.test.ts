/**
 * Reading a Kano survey file: headers naming each feature's two questions, answers as codes or
 * words in either language, pairs classified by the published table (worked by hand below),
 * row errors with line numbers, file problems, limits.
 */
import { describe, expect, it } from 'vitest';
import { importSurveyCsv } from '../../../../src/lib/kano/importSurvey.ts';
import { readAnswer } from '../../../../src/lib/kano/readAnswer.ts';
import { answerColumn } from '../../../../src/lib/kano/surveyHeader.ts';
import { readSurveyFile } from '../../../../src/lib/kano/surveyFile.ts';

describe('readAnswer', () => {
  it.each([
    ['1', 'like'],
    [' I like it ', 'like'],
    ['我很喜欢', 'like'],
    ['2', 'mustBe'],
    ['It must be that way.', 'mustBe'],
    ['I expect it', 'mustBe'],
    ['理所当然', 'mustBe'],
    ['3', 'neutral'],
    ["I'm neutral", 'neutral'],
    ['无所谓', 'neutral'],
    ['4', 'liveWith'],
    ['I can live with it', 'liveWith'],
    ['Live-with', 'liveWith'],
    ['能忍受', 'liveWith'],
    ['5', 'dislike'],
    ['DISLIKE', 'dislike'],
    ['不喜欢', 'dislike'],
  ])('reads %j as %s', (text, answer) => {
    expect(readAnswer(text)).toBe(answer);
  });

  it.each(['', '0', '6', '1.5', 'maybe', '喜', 'like it a lot'])('does not guess at %j', (text) => {
    expect(readAnswer(text)).toBeNull();
  });
});

describe('answerColumn', () => {
  it.each([
    ['Wi-Fi F', { feature: 'Wi-Fi', side: 'functional' }],
    ['Wi-Fi D', { feature: 'Wi-Fi', side: 'dysfunctional' }],
    ['q1_f', { feature: 'q1', side: 'functional' }],
    ['Free water (dysfunctional)', { feature: 'Free water', side: 'dysfunctional' }],
    ['Free water - functional', { feature: 'Free water', side: 'functional' }],
    ['免费饮用水（正向）', { feature: '免费饮用水', side: 'functional' }],
    ['免费饮用水 反向', { feature: '免费饮用水', side: 'dysfunctional' }],
    ['车内充电线具备', { feature: '车内充电线', side: 'functional' }],
    ['车内充电线不具备', { feature: '车内充电线', side: 'dysfunctional' }],
  ])('reads the header %j', (header, column) => {
    expect(answerColumn(header)).toEqual(column);
  });

  it.each(['respondent', 'Food', 'Speed', 'F', '正向', ''])('finds no question in %j', (header) => {
    expect(answerColumn(header)).toBeNull();
  });
});

describe('importSurveyCsv', () => {
  it('tallies each feature by the published table, codes and words alike', () => {
    const text = [
      'respondent,Wi-Fi F,Wi-Fi D,Free water F,Free water D',
      'r1,1,5,like,neutral', // Wi-Fi like/dislike → O; water like/neutral → A
      'r2,2,5,3,3', // must-be/dislike → M; neutral/neutral → I
      'r3,I like it,I dislike it,1,4', // O; like/live with → A
      'r4,4,5,5,5', // live with/dislike → M; dislike/dislike → Q
      'r5,1,1,5,1', // like/like → Q; dislike/like → R
    ].join('\n');
    expect(importSurveyCsv(text)).toEqual({
      ok: true,
      features: [
        { name: 'Wi-Fi', tally: { M: 2, O: 2, A: 0, I: 0, R: 0, Q: 1 } },
        { name: 'Free water', tally: { M: 0, O: 0, A: 2, I: 1, R: 1, Q: 1 } },
      ],
      respondents: 5,
      rowErrors: [],
      unlistedRowErrors: 0,
    });
  });

  it('pairs columns by feature name wherever they stand, and reads Chinese headers and answers', () => {
    const text = [
      '受访者;免费饮用水（反向）;司机聊天 正向;免费饮用水（正向）;司机聊天 反向',
      '1;无所谓;不喜欢;喜欢;喜欢',
    ].join('\r\n');
    expect(importSurveyCsv(text)).toMatchObject({
      ok: true,
      features: [
        // water: functional like, dysfunctional neutral → A
        { name: '免费饮用水', tally: { A: 1 } },
        // chat: functional dislike, dysfunctional like → R
        { name: '司机聊天', tally: { R: 1 } },
      ],
      respondents: 1,
    });
  });

  it('leaves out a pair with a problem, keeps the row’s other pairs, and names line, feature and question', () => {
    const text = [
      'id,A F,A D,B F,B D',
      'r1,1,5,1,5', // line 2: fine, both O
      'r2,1,,1,3', // line 3: A lacks its dysfunctional answer; B like/neutral → A
      'r3,maybe,5,,', // line 4: A's functional answer unknown; B skipped (both blank)
      'r4,,,,', // line 5: nothing answered
      '', // line 6: blank, skipped by the reader
      'r5,6,0,2,5', // line 7: two unknown answers for A; B must-be/dislike → M
      'r6,1,5', // line 8: a short row: B's cells are blank, a skipped question
    ].join('\n');
    expect(importSurveyCsv(text)).toEqual({
      ok: true,
      features: [
        { name: 'A', tally: { M: 0, O: 2, A: 0, I: 0, R: 0, Q: 0 } },
        { name: 'B', tally: { M: 1, O: 1, A: 1, I: 0, R: 0, Q: 0 } },
      ],
      respondents: 4,
      rowErrors: [
        { line: 3, code: 'missingAnswer', feature: 'A', side: 'dysfunctional' },
        { line: 4, code: 'unknownAnswer', feature: 'A', side: 'functional', text: 'maybe' },
        { line: 5, code: 'noAnswers' },
        { line: 7, code: 'unknownAnswer', feature: 'A', side: 'functional', text: '6' },
        { line: 7, code: 'unknownAnswer', feature: 'A', side: 'dysfunctional', text: '0' },
      ],
      unlistedRowErrors: 0,
    });
  });

  it('lists only the first errors and counts the rest', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `r${i},x,5`);
    const result = importSurveyCsv(['id,A F,A D', ...rows].join('\n'), {
      maxBytes: 1000,
      maxRows: 10,
      maxFeatures: 5,
      maxListedErrors: 2,
    });
    expect(result).toMatchObject({ ok: true, respondents: 0, unlistedRowErrors: 3 });
    if (result.ok) expect(result.rowErrors.map((error) => error.line)).toEqual([2, 3]);
  });

  it('refuses a header without two columns for every feature, naming what is missing', () => {
    expect(importSurveyCsv('id,q1,q2\n1,1,5')).toEqual({ ok: false, problems: [{ code: 'noFeatures' }] });
    expect(importSurveyCsv('A F,B D,A D,A (f)\n1,5,5,1')).toEqual({
      ok: false,
      problems: [
        { code: 'duplicateColumn', feature: 'A', side: 'functional' },
        { code: 'missingColumn', feature: 'B', side: 'functional' },
      ],
    });
  });

  it('refuses files that are empty, too long, too wide or broken', () => {
    const limits = { maxBytes: 60, maxRows: 2, maxFeatures: 1, maxListedErrors: 5 };
    expect(importSurveyCsv('A F,A D', limits)).toEqual({ ok: false, problems: [{ code: 'noRows' }] });
    expect(importSurveyCsv('A F,A D\n1,5\n1,5\n1,5', limits)).toEqual({
      ok: false,
      problems: [{ code: 'tooManyRows', rows: 3, maxRows: 2 }],
    });
    expect(importSurveyCsv('A F,A D,B F,B D\n1,5,1,5', limits)).toEqual({
      ok: false,
      problems: [{ code: 'tooManyFeatures', features: 2, maxFeatures: 1 }],
    });
    expect(importSurveyCsv('A F,A D\n"1,5', limits)).toEqual({
      ok: false,
      problems: [{ code: 'unclosedQuote', line: 2 }],
    });
    expect(importSurveyCsv('x'.repeat(61), limits)).toEqual({
      ok: false,
      problems: [{ code: 'fileTooLarge', bytes: 61, maxBytes: 60 }],
    });
  });
});

describe('readSurveyFile', () => {
  it('refuses an oversized file unread, and says when the browser cannot read one', async () => {
    let reads = 0;
    const huge = { size: 2 * 1024 * 1024, text: () => (reads++, Promise.resolve('')) };
    expect(await readSurveyFile(huge)).toEqual({
      ok: false,
      problems: [{ code: 'fileTooLarge', bytes: 2 * 1024 * 1024, maxBytes: 1024 * 1024 }],
    });
    expect(reads).toBe(0);
    const broken = { size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
    expect(await readSurveyFile(broken)).toEqual({ ok: false, problems: [{ code: 'fileUnreadable' }] });
    const fine = { size: 20, text: () => Promise.resolve('A F,A D\n1,5') };
    expect(await readSurveyFile(fine)).toMatchObject({ ok: true, features: [{ name: 'A', tally: { O: 1 } }] });
  });
});
