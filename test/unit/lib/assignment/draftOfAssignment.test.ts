/**
 * An assignment loaded back into the form: each task lands on its chapter's choices (an exam item
 * found by the chapter that holds it), what this build lacks is counted, and a loaded assignment
 * in course order makes the same assignment again.
 */
import { describe, expect, it } from 'vitest';
import { assignmentOfDraft, emptyChapter } from '../../../../src/lib/assignment/assignmentDraft.ts';
import type { AssignmentCatalogue } from '../../../../src/lib/assignment/catalogue.ts';
import { draftOfAssignment } from '../../../../src/lib/assignment/draftOfAssignment.ts';
import type { Assignment } from '../../../../src/schemas/assignment.ts';

const catalogue: AssignmentCatalogue = {
  chapters: [
    {
      slug: '01-foundations',
      number: 1,
      title: 'Foundations',
      href: '/ch1/',
      quizItems: [
        { id: 'ch1-a', label: 'A' },
        { id: 'ch1-b', label: 'B' },
      ],
      examItems: [{ id: 'ch1-term', format: 'term', label: 'Term' }],
      widgets: [
        { id: 'ChurnCompounding', label: 'Churn', href: '/ch1/#churn' },
        {
          id: 'LifetimeValueCalculator',
          label: 'CLV',
          href: '/ch1/#clv',
          start: [
            { key: 'a-r', param: 'a.r', number: { min: 0, max: 0.99, percent: true }, label: 'Retention (%)' },
            { key: 'timing', param: 'timing', choices: ['endOfPeriod', 'upFront'], label: 'Convention' },
          ],
        },
      ],
    },
    {
      slug: '02-relationship-marketing',
      number: 2,
      title: 'Relationship marketing',
      href: '/ch2/',
      quizItems: [{ id: 'ch2-a', label: 'A' }],
      examItems: [{ id: 'ch2-short', format: 'short', label: 'Short' }],
      widgets: [],
    },
  ],
  scenarios: [{ id: 'lost-parcel', label: 'Parcel', href: '/ch5/' }],
};

const assignment = (tasks: Assignment['tasks'], extra: Partial<Assignment> = {}): Assignment => ({
  format: 'crm-assignment',
  version: 1,
  locale: 'en',
  title: 'Week 2',
  ...extra,
  tasks,
});

describe('an assignment loaded into the form', () => {
  it('puts each task on its chapter, exam items on the chapter that holds them, and makes the same assignment again', () => {
    const original = assignment(
      [
        { kind: 'read', chapter: '01-foundations' },
        { kind: 'quiz', chapter: '01-foundations', mode: 'test', items: ['ch1-b'] },
        { kind: 'exercise', chapter: '01-foundations', widget: 'ChurnCompounding' },
        {
          kind: 'exercise',
          chapter: '01-foundations',
          widget: 'LifetimeValueCalculator',
          settings: { 'a-r': 0.07, timing: 'upFront' },
        },
        { kind: 'exam', items: ['ch1-term'] },
        { kind: 'quiz', chapter: '02-relationship-marketing', mode: 'practice' },
        { kind: 'exam', items: ['ch2-short'] },
        { kind: 'roleplay', scenario: 'lost-parcel' },
      ],
      { due: '2026-04-01', instructions: 'Bring questions.' },
    );
    const { draft, leftOut } = draftOfAssignment(original, catalogue);
    expect(leftOut).toBe(0);
    expect(draft).toEqual({
      title: 'Week 2',
      due: '2026-04-01',
      instructions: 'Bring questions.',
      chapters: {
        '01-foundations': {
          read: true,
          quiz: 'test',
          quizAll: false,
          quizItems: ['ch1-b'],
          examItems: ['ch1-term'],
          widgets: ['ChurnCompounding', 'LifetimeValueCalculator'],
          // As the instructor would type them: 7 % (not 7.000000000000001), the convention's id.
          starts: { LifetimeValueCalculator: { 'a-r': '7', timing: 'upFront' } },
        },
        '02-relationship-marketing': { ...emptyChapter(), quiz: 'practice', examItems: ['ch2-short'] },
      },
      scenarios: ['lost-parcel'],
    });
    expect(assignmentOfDraft(draft, catalogue, 'en')).toEqual({ ok: true, assignment: original });
  });

  it('counts what this build lacks and leaves it out, with each setting a widget would not take', () => {
    const { draft, leftOut } = draftOfAssignment(
      assignment([
        { kind: 'read', chapter: '09-future' },
        { kind: 'quiz', chapter: '01-foundations', mode: 'practice', items: ['ch1-a', 'ch1-gone'] },
        { kind: 'exam', items: ['ch1-term', 'ch9-essay'] },
        { kind: 'exercise', chapter: '01-foundations', widget: 'QueueSimulator' },
        { kind: 'exercise', chapter: '01-foundations', widget: 'ChurnCompounding', settings: { years: 3 } },
        {
          kind: 'exercise',
          chapter: '01-foundations',
          widget: 'LifetimeValueCalculator',
          settings: { 'a-r': 1.5, timing: 'endOfPeriod' },
        },
        { kind: 'roleplay', scenario: 'hotel-noise' },
      ]),
      catalogue,
    );
    // 09-future, ch1-gone, ch9-essay, QueueSimulator, Churn's years, a retention of 150 %, hotel-noise.
    expect(leftOut).toBe(7);
    expect(draft.chapters).toEqual({
      '01-foundations': {
        read: false,
        quiz: 'practice',
        quizAll: false,
        quizItems: ['ch1-a'],
        examItems: ['ch1-term'],
        widgets: ['ChurnCompounding', 'LifetimeValueCalculator'],
        starts: { LifetimeValueCalculator: { timing: 'endOfPeriod' } },
      },
    });
    expect(draft.scenarios).toEqual([]);
  });

  it('joins two quizzes of one chapter: the whole quiz wins over chosen items, the later mode is kept', () => {
    const whole = draftOfAssignment(
      assignment([
        { kind: 'quiz', chapter: '01-foundations', mode: 'practice' },
        { kind: 'quiz', chapter: '01-foundations', mode: 'test', items: ['ch1-a'] },
      ]),
      catalogue,
    ).draft.chapters['01-foundations'];
    expect(whole).toMatchObject({ quiz: 'test', quizAll: true });
    const chosen = draftOfAssignment(
      assignment([
        { kind: 'quiz', chapter: '01-foundations', mode: 'test', items: ['ch1-b'] },
        { kind: 'quiz', chapter: '01-foundations', mode: 'test', items: ['ch1-a'] },
      ]),
      catalogue,
    ).draft.chapters['01-foundations'];
    expect(chosen).toMatchObject({ quiz: 'test', quizAll: false, quizItems: ['ch1-b', 'ch1-a'] });
  });

  it('leaves the quiz unset when none of its chosen items exists any more', () => {
    const { draft, leftOut } = draftOfAssignment(
      assignment([{ kind: 'quiz', chapter: '01-foundations', mode: 'test', items: ['ch1-x', 'ch1-y'] }]),
      catalogue,
    );
    expect(leftOut).toBe(2);
    expect(draft.chapters['01-foundations']).toEqual(emptyChapter());
  });
});
