/**
 * An assignment with a task of every kind, for the page-wide tests (axe, keyboard) to open the
 * assignment pages with: without a link's fragment they would scan only the "no assignment" message.
 */
import { assignmentFragment } from '../../src/lib/assignment/assignmentLink.ts';
import type { Assignment } from '../../src/schemas/assignment.ts';

export const sampleAssignment: Assignment = {
  format: 'crm-assignment',
  version: 1,
  locale: 'zh-cn',
  title: '第三周作业：客户价值',
  due: '2026-12-14',
  instructions: '周一上课前完成。',
  tasks: [
    { kind: 'read', chapter: '03-customer-value' },
    { kind: 'quiz', chapter: '03-customer-value', mode: 'practice', items: ['ch3-margin-multiple'] },
    { kind: 'quiz', chapter: '01-foundations', mode: 'test' },
    { kind: 'roleplay', scenario: 'lost-parcel' },
    { kind: 'exam', items: ['ch3-term-clv'] },
    { kind: 'exercise', chapter: '01-foundations', widget: 'ChurnCompounding' },
    {
      kind: 'exercise',
      chapter: '06-waiting',
      widget: 'QueueSimulator',
      settings: { preset: 'theme-park-ride', servers: 2 },
    },
  ],
};

/** The page's address, with the sample assignment's link fragment on the pages that read one. */
export async function withSampleFragment(path: string): Promise<string> {
  return /\/assignment\/$/.test(path) ? `${path}#${await assignmentFragment(sampleAssignment)}` : path;
}
