/** An assignment naming what this build of the course lacks gets each missing part listed with its task. */
import { describe, expect, it } from 'vitest';
import { missingReferences, type CourseCatalogue } from '../../../../src/lib/assignment/assignmentReferences.ts';
import type { Assignment } from '../../../../src/schemas/assignment.ts';

const course: CourseCatalogue = {
  chapters: new Map([
    [
      '01-foundations',
      { quizItems: new Set(['ch1-client-definition', 'ch1-ladder']), widgets: new Set(['ChurnCompounding']) },
    ],
    ['03-customer-value', { quizItems: new Set(['ch3-clv']), widgets: new Set(['LifetimeValueCalculator']) }],
  ]),
  scenarios: new Set(['lost-parcel']),
  examItems: new Set(['ch1-term-client']),
};

const assignment = (tasks: Assignment['tasks']): Assignment => ({
  format: 'crm-assignment',
  version: 1,
  locale: 'en',
  title: 'Week 1',
  tasks,
});

describe('missing references', () => {
  it('finds nothing missing when every part exists', () => {
    const complete = assignment([
      { kind: 'read', chapter: '01-foundations' },
      { kind: 'quiz', chapter: '01-foundations', mode: 'test', items: ['ch1-ladder'] },
      { kind: 'quiz', chapter: '03-customer-value', mode: 'practice' },
      { kind: 'roleplay', scenario: 'lost-parcel' },
      { kind: 'exam', items: ['ch1-term-client'] },
      { kind: 'exercise', chapter: '01-foundations', widget: 'ChurnCompounding' },
    ]);
    expect(missingReferences(complete, course)).toEqual([]);
  });

  it('lists each missing chapter, item, scenario, exam item and widget with its task', () => {
    const broken = assignment([
      { kind: 'read', chapter: '09-future' },
      { kind: 'quiz', chapter: '01-foundations', mode: 'test', items: ['ch1-ladder', 'ch1-gone'] },
      { kind: 'roleplay', scenario: 'hotel-noise' },
      { kind: 'exam', items: ['ch1-term-client', 'ch9-term-x', 'ch9-term-y'] },
      { kind: 'exercise', chapter: '03-customer-value', widget: 'ChurnCompounding' },
      { kind: 'exercise', chapter: '09-future', widget: 'ChurnCompounding' },
    ]);
    expect(missingReferences(broken, course)).toEqual([
      { task: 0, kind: 'chapter', id: '09-future' },
      { task: 1, kind: 'quizItem', id: 'ch1-gone' },
      { task: 2, kind: 'scenario', id: 'hotel-noise' },
      { task: 3, kind: 'examItem', id: 'ch9-term-x' },
      { task: 3, kind: 'examItem', id: 'ch9-term-y' },
      { task: 4, kind: 'widget', id: 'ChurnCompounding' },
      { task: 5, kind: 'chapter', id: '09-future' },
    ]);
  });
});
