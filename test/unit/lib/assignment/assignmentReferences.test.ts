/** An assignment naming what this build of the course lacks gets each missing part listed with its task. */
import { describe, expect, it } from 'vitest';
import { missingReferences, type CourseCatalogue } from '../../../../src/lib/assignment/assignmentReferences.ts';
import type { StartField } from '../../../../src/lib/assignment/exerciseStart.ts';
import type { Assignment } from '../../../../src/schemas/assignment.ts';

/** A calculator that takes a whole number of customers (1–1000), a percent retention and one of two conventions. */
const clvStart: StartField[] = [
  { key: 'a-n', param: 'a.n', number: { min: 1, max: 1000, whole: true } },
  { key: 'a-r', param: 'a.r', number: { min: 0, max: 0.99, percent: true } },
  { key: 'timing', param: 'timing', choices: ['endOfPeriod', 'upFront'] },
];

const course: CourseCatalogue = {
  chapters: new Map([
    [
      '01-foundations',
      { quizItems: new Set(['ch1-client-definition', 'ch1-ladder']), widgets: new Map([['ChurnCompounding', []]]) },
    ],
    [
      '03-customer-value',
      { quizItems: new Set(['ch3-clv']), widgets: new Map([['LifetimeValueCalculator', clvStart]]) },
    ],
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

  it('accepts an exercise whose settings the widget takes, and names the first unknown or of the wrong kind', () => {
    const exercise = (settings: Record<string, string | number | boolean>): Assignment['tasks'][number] => ({
      kind: 'exercise',
      chapter: '03-customer-value',
      widget: 'LifetimeValueCalculator',
      settings,
    });
    expect(missingReferences(assignment([exercise({ 'a-n': 500, 'a-r': 0.8, timing: 'upFront' })]), course)).toEqual(
      [],
    );
    // Out of bounds is the widget's to name when it opens, as it does for any link.
    expect(missingReferences(assignment([exercise({ 'a-n': 2.5, 'a-r': 0.995 })]), course)).toEqual([]);
    const refused = assignment([
      exercise({ 'a-n': true }),
      exercise({ 'a-r': Number.NaN }),
      exercise({ timing: 'sometimes' }),
      exercise({ 'a-n': '500' }),
      exercise({ 'b-x': 1 }),
      { kind: 'exercise', chapter: '01-foundations', widget: 'ChurnCompounding', settings: { 'a-n': 5 } },
    ]);
    expect(missingReferences(refused, course)).toEqual([
      { task: 0, kind: 'setting', id: 'a-n' },
      { task: 1, kind: 'setting', id: 'a-r' },
      { task: 2, kind: 'setting', id: 'timing' },
      { task: 3, kind: 'setting', id: 'a-n' },
      { task: 4, kind: 'setting', id: 'b-x' },
      { task: 5, kind: 'setting', id: 'a-n' },
    ]);
  });
});
