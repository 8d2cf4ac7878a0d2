/**
 * A small class for the gradebook's tests, made the way students make reports (buildReport from a
 * progress): three students whose results are worked out by hand in the comments below.
 */
import { buildReport } from '../../../../src/lib/assignment/assignmentReport.ts';
import { emptyProgress, type Progress } from '../../../../src/lib/progress/progressState.ts';
import type { Assignment } from '../../../../src/schemas/assignment.ts';
import type { AssignmentReport } from '../../../../src/schemas/assignmentReport.ts';
import type { StoredResponse } from '../../../../src/schemas/progress.ts';

export const assignment: Assignment = {
  format: 'crm-assignment',
  version: 1,
  locale: 'zh-cn',
  title: '第三周作业',
  tasks: [
    { kind: 'read', chapter: '03-customer-value' },
    { kind: 'quiz', chapter: '03-customer-value', mode: 'practice', items: ['q1', 'q2'] },
    { kind: 'roleplay', scenario: 'lost-parcel' },
    { kind: 'exam', items: ['ch6-x'] },
    { kind: 'exercise', chapter: '03-customer-value', widget: 'LifetimeValueCalculator' },
  ],
};

export const otherAssignment: Assignment = { ...assignment, title: '第四周作业', tasks: [assignment.tasks[0]!] };

const single = (choice: string): StoredResponse => ({ kind: 'single', choice });

function answer(progress: Progress, id: string, at: number, score: number, response: StoredResponse) {
  progress.answers[id] = [{ id: `${id}-${at}`, at, fingerprint: 'f', response, score, mode: 'practice' }];
}

export interface Student {
  name: string;
  number?: string;
}

export function report(
  student: Student,
  fill: (progress: Progress) => void,
  chapterTime: Record<string, number>,
  now: number,
  of: Assignment = assignment,
): AssignmentReport {
  const progress = emptyProgress();
  fill(progress);
  return buildReport({
    assignment: of,
    progress,
    quizItems: new Map(),
    chapterTime,
    chapters: ['03-customer-value', '06-waiting'],
    student,
    locale: 'zh-cn',
    now,
  });
}

/**
 * 张伟 (S01): read; q1 right (a), q2 wrong (b): quiz 50 %; role-play "stays"; exam item self-marked
 * 0.5: 50 %; exercise done. Mean (50 + 50) / 2 = 50. Time 10 + 5 = 15 minutes.
 */
export const zhang = report(
  { name: '张伟', number: 'S01' },
  (p) => {
    p.read['03-customer-value'] = 1_000;
    answer(p, 'q1', 2_000, 1, single('a'));
    answer(p, 'q2', 3_000, 0, single('b'));
    p.roleplays['lost-parcel'] = { v: 2, at: 4_000, best: { ending: 'stays', at: 4_000 }, path: [] };
    answer(p, 'ch6-x', 5_000, 0.5, { kind: 'written', text: '客户价值是……', ticked: ['p1'] });
    p.widgets['03-customer-value:LifetimeValueCalculator'] = 6_000;
  },
  { '03-customer-value': 600_000, '06-waiting': 300_000 },
  Date.UTC(2026, 2, 1, 8, 30),
);

/** Li Na (no number): q1 wrong (b), q2 wrong (b): quiz 0 %, nothing else. Mean 0. Time 1.5 minutes. */
export const li = report(
  { name: 'Li Na' },
  (p) => {
    answer(p, 'q1', 2_000, 0, single('b'));
    answer(p, 'q2', 3_000, 0, single('b'));
  },
  { '03-customer-value': 90_000 },
  Date.UTC(2026, 2, 1, 9, 0),
);

/**
 * O'Brien, "Kim" (number "=1+1", a formula the CSV must not run): q1 and q2 right: 100 %; exam
 * item 1: 100 %; role-play reached "leavesQuietly". Mean 100. Time 0.
 */
export const kim = report(
  { name: 'O\'Brien, "Kim"', number: '=1+1' },
  (p) => {
    answer(p, 'q1', 2_000, 1, single('a'));
    answer(p, 'q2', 3_000, 1, single('c'));
    answer(p, 'ch6-x', 5_000, 1, { kind: 'written', text: 'Customer value is…', ticked: ['p1', 'p2'] });
    p.roleplays['lost-parcel'] = { v: 2, at: 4_000, best: { ending: 'leavesQuietly', at: 4_000 }, path: [] };
  },
  {},
  Date.UTC(2026, 2, 2, 10, 15, 30),
);

export const file = (name: string, value: unknown) => ({ name, text: JSON.stringify(value) });
