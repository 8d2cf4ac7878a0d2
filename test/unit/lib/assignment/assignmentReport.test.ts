/**
 * A completion report (issue #19): each task's result follows the rules the checklist states,
 * worked out by hand from a small progress; a report read back is the report made; a damaged,
 * edited-without-checksum, foreign or newer file gets a named problem, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentChapters, buildReport } from '../../../../src/lib/assignment/assignmentReport.ts';
import { readReport } from '../../../../src/lib/assignment/readReport.ts';
import { canonicalJson } from '../../../../src/lib/assignment/canonicalJson.ts';
import { chapterTimes } from '../../../../src/lib/assignment/chapterTime.ts';
import { crc32 } from '../../../../src/lib/assignment/crc32.ts';
import { taskResult } from '../../../../src/lib/assignment/taskResults.ts';
import { emptyProgress, type Progress } from '../../../../src/lib/progress/progressState.ts';
import type { Assignment } from '../../../../src/schemas/assignment.ts';
import type { Attempt } from '../../../../src/schemas/progress.ts';

const assignment: Assignment = {
  format: 'crm-assignment',
  version: 1,
  locale: 'zh-cn',
  title: '第三周作业',
  tasks: [
    { kind: 'read', chapter: '03-customer-value' },
    { kind: 'quiz', chapter: '03-customer-value', mode: 'practice', items: ['ch3-a', 'ch3-b', 'ch3-c', 'ch3-d'] },
    { kind: 'quiz', chapter: '01-foundations', mode: 'test' },
    { kind: 'roleplay', scenario: 'lost-parcel' },
    { kind: 'exam', items: ['ch6-term-x'] },
    { kind: 'exercise', chapter: '03-customer-value', widget: 'LifetimeValueCalculator' },
  ],
};
const quizItems = new Map([['01-foundations', ['ch1-a', 'ch1-b']]]);
const slugs = ['01-foundations', '03-customer-value', '06-waiting', '07-complaints'];

const attempt = (at: number, score: number, choice: string, mode: Attempt['mode'] = 'practice'): Attempt => ({
  id: `a${at}`,
  at,
  fingerprint: 'f',
  response: { kind: 'single', choice },
  score,
  mode,
});

function progress(): Progress {
  const p = emptyProgress();
  p.read['03-customer-value'] = 1000;
  // Practice: a answered twice (the latest, 1, counts), b answered 0, c 0.5, d never: (1 + 0 + 0.5 + 0) / 4.
  p.answers['ch3-a'] = [attempt(10, 0, 'x'), attempt(20, 1, 'y')];
  p.answers['ch3-b'] = [attempt(30, 0, 'z')];
  p.answers['ch3-c'] = [attempt(40, 0.5, 'w')];
  // Two tests of chapter 1; the newer (at 600) counts: (1 + 0) / 2.
  p.answers['ch1-a'] = [attempt(500, 0, 'p', 'test'), attempt(600, 1, 'q', 'test')];
  p.answers['ch1-b'] = [attempt(500, 1, 'r', 'test'), attempt(600, 0, 's', 'test')];
  p.tests['t1'] = { v: 2, chapter: '01-foundations', at: 500, score: 0.5, itemScores: { 'ch1-a': 0, 'ch1-b': 1 } };
  p.tests['t2'] = { v: 2, chapter: '01-foundations', at: 600, score: 0.5, itemScores: { 'ch1-a': 1, 'ch1-b': 0 } };
  p.roleplays['lost-parcel'] = { v: 2, at: 700, best: { ending: 'stays', at: 650 }, path: [] };
  return p;
}

describe('task results', () => {
  it('follow the stated rules, checked by hand', () => {
    const results = assignment.tasks.map((task) => taskResult(task, progress(), quizItems));
    expect(results[0]).toEqual({ done: true, at: 1000 });
    expect(results[1]).toMatchObject({ done: false, at: 40, score: 0.375 });
    expect(results[1]!.items!.map((item) => item.id)).toEqual(['ch3-a', 'ch3-b', 'ch3-c']);
    expect(results[2]).toMatchObject({ done: true, at: 600, score: 0.5 });
    expect(results[2]!.items).toEqual([
      { id: 'ch1-a', score: 1, response: { kind: 'single', choice: 'q' } },
      { id: 'ch1-b', score: 0, response: { kind: 'single', choice: 's' } },
    ]);
    expect(results[3]).toEqual({ done: true, at: 650, ending: 'stays' });
    expect(results[4]).toEqual({ done: false });
    expect(results[5]).toEqual({ done: false });
  });

  it('count a practice quiz done once its last item is answered, and a test only when it holds every item', () => {
    const p = progress();
    p.answers['ch3-d'] = [attempt(50, 1, 'v')];
    expect(taskResult(assignment.tasks[1]!, p, quizItems)).toMatchObject({ done: true, score: 0.625 });
    const partial = { ...assignment.tasks[2]!, items: ['ch1-a', 'ch1-z'] } as Assignment['tasks'][number];
    expect(taskResult(partial, p, quizItems)).toEqual({ done: false });
  });
});

describe('a report', () => {
  const input = {
    assignment,
    progress: progress(),
    quizItems,
    chapterTime: { '03-customer-value': 125_400.6, '05-loyalty': 99 },
    chapters: assignmentChapters(assignment, slugs),
    student: { name: '  王小明 ', number: ' 2024001 ' },
    locale: 'zh-cn' as const,
    now: 2_000_000,
  };

  it('gives time for the chapters its tasks are in, and the student as typed without edge spaces', () => {
    expect(input.chapters).toEqual(['01-foundations', '03-customer-value', '06-waiting']);
    const report = buildReport(input);
    expect(report.time).toEqual({ '01-foundations': 0, '03-customer-value': 125_401, '06-waiting': 0 });
    expect(report.student).toEqual({ name: '王小明', number: '2024001' });
  });

  it('reads back as made, also with a byte-order mark and its keys in another order', () => {
    const report = buildReport(input);
    expect(readReport(JSON.stringify(report))).toEqual({ ok: true, report });
    const reordered = Object.fromEntries(Object.entries(report).reverse());
    expect(readReport('\uFEFF' + JSON.stringify(reordered, null, 2))).toEqual({ ok: true, report });
  });

  it('changed in any value without a new checksum, is damaged', () => {
    const text = JSON.stringify(buildReport(input));
    expect(readReport(text.replace('"score":0.375', '"score":0.875'))).toEqual({
      ok: false,
      problem: { kind: 'damaged' },
    });
    expect(readReport(text.replace('王小明', '王小红'))).toEqual({ ok: false, problem: { kind: 'damaged' } });
  });

  it('names what is wrong with other files', () => {
    const report = buildReport(input);
    expect(readReport('{"format":"crm-assignment-report"')).toEqual({ ok: false, problem: { kind: 'notJson' } });
    expect(readReport('{"format":"crm-course-progress"}')).toEqual({ ok: false, problem: { kind: 'notReport' } });
    expect(readReport(JSON.stringify({ ...report, version: 2 }))).toEqual({
      ok: false,
      problem: { kind: 'newerVersion', version: 2 },
    });
    expect(readReport(JSON.stringify({ ...report, tasks: report.tasks.slice(1) }))).toEqual({
      ok: false,
      problem: { kind: 'invalid', paths: ['tasks'] },
    });
    expect(readReport(JSON.stringify({ ...report, student: { name: '' } }))).toEqual({
      ok: false,
      problem: { kind: 'invalid', paths: ['student.name'] },
    });
  });

  it('reading any text or JSON value gives a report or a problem, never an exception', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(readReport(text).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(readReport(JSON.stringify(value)).ok).toBe(false);
      }),
    );
  });
});

describe('the checksum', () => {
  it('is CRC-32 as zip computes it (the standard check value of "123456789" is cbf43926)', () => {
    expect(crc32('123456789')).toBe('cbf43926');
    expect(crc32('')).toBe('00000000');
    // Over UTF-8 bytes: "é" is c3 a9, whose CRC-32 is 0e048d3e (Python: zlib.crc32('é'.encode())).
    expect(crc32('é')).toBe('0e048d3e');
  });

  it('is over JSON whose keys are sorted, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('time on chapters', () => {
  it('reads the page timer’s whole milliseconds and leaves out anything else', () => {
    expect(
      chapterTimes([
        ['crm-time:03-customer-value', '125400'],
        ['crm-time:05-loyalty', '12.5'],
        ['crm-time:06-waiting', 'abc'],
        ['crm-time:07-complaints', null],
        ['crm-theme', 'dark'],
      ]),
    ).toEqual({ '03-customer-value': 125_400 });
  });
});
