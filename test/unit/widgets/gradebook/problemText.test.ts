/**
 * Every problem a report file or an assignment link can have is said in words in both locales,
 * with its figures filled in and no placeholder left showing.
 */
import { describe, expect, it } from 'vitest';
import { strings } from '../../../../src/i18n/index.ts';
import { locales } from '../../../../src/i18n/locales.ts';
import type { LinkProblem } from '../../../../src/lib/assignment/assignmentLink.ts';
import type { ReportProblem } from '../../../../src/lib/assignment/readReport.ts';
import { linkProblemText, reportProblemText } from '../../../../src/widgets/gradebook/problemText.ts';

const reportProblems: ReportProblem[] = [
  { kind: 'tooLarge' },
  { kind: 'notJson' },
  { kind: 'notReport' },
  { kind: 'newerVersion', version: 3 },
  { kind: 'invalid', paths: ['student.name', 'tasks', 'time', 'madeAt'] },
  { kind: 'damaged' },
];
const linkProblems: LinkProblem[] = [
  { kind: 'missing' },
  { kind: 'tooLong', length: 4000 },
  { kind: 'unknownVersion' },
  { kind: 'damaged' },
  { kind: 'invalid', paths: ['title'] },
];

describe.each(locales)('problem words in %s', (locale) => {
  const t = strings(locale).gradebook;

  it('give each report problem its own sentence, figures filled in', () => {
    const texts = reportProblems.map((problem) => reportProblemText(problem, t));
    expect(new Set(texts).size).toBe(reportProblems.length);
    for (const text of texts) expect(text).not.toMatch(/\{\w+\}/);
    expect(texts[3]).toContain('3');
    // At most three places named, then an ellipsis.
    expect(texts[4]).toContain('student.name, tasks, time, …');
  });

  it('give each link problem its own sentence, figures filled in', () => {
    const texts = linkProblems.map((problem) => linkProblemText(problem, t));
    expect(new Set(texts).size).toBe(linkProblems.length);
    for (const text of texts) expect(text).not.toMatch(/\{\w+\}/);
    expect(texts[1]).toContain('4000');
    expect(texts[4]).toContain('title');
  });
});
