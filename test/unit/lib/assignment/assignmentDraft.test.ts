/**
 * The instructor's form → assignment: tasks in course order whatever order things were ticked in,
 * chosen quiz and exam items in course order, bounds, and each problem tied to its field. Expected
 * assignments are written out by hand from the small catalogue below.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignmentOfDraft,
  emptyChapter,
  emptyDraft,
  isDay,
  type AssignmentDraft,
  type ChapterDraft,
} from '../../../../src/lib/assignment/assignmentDraft.ts';
import type { AssignmentCatalogue } from '../../../../src/lib/assignment/catalogue.ts';
import { assignmentSchema } from '../../../../src/schemas/assignment.ts';

const catalogue: AssignmentCatalogue = {
  chapters: [
    {
      slug: '01-foundations',
      number: 1,
      title: 'Foundations',
      href: '/en/chapters/01-foundations/',
      quizHref: '/en/quizzes/01-foundations/',
      quizItems: [
        { id: 'ch1-a', label: 'Question A' },
        { id: 'ch1-b', label: 'Question B' },
        { id: 'ch1-c', label: 'Question C' },
      ],
      examItems: [
        { id: 'ch1-term', format: 'term', label: 'Term' },
        { id: 'ch1-case', format: 'case', label: 'Case' },
      ],
      widgets: [
        { id: 'ChurnCompounding', label: 'Churn', href: '/en/chapters/01-foundations/#churn' },
        { id: 'CustomerLadder', label: 'Ladder', href: '/en/chapters/01-foundations/#ladder' },
      ],
    },
    {
      slug: '02-relationship-marketing',
      number: 2,
      title: 'Relationship marketing',
      href: '/en/chapters/02-relationship-marketing/',
      quizItems: [],
      examItems: [{ id: 'ch2-short', format: 'short', label: 'Short' }],
      widgets: [],
    },
    {
      slug: '03-customer-value',
      number: 3,
      title: 'Customer value',
      href: '/en/chapters/03-customer-value/',
      quizHref: '/en/quizzes/03-customer-value/',
      quizItems: [{ id: 'ch3-clv', label: 'CLV' }],
      examItems: [],
      widgets: [
        {
          id: 'LifetimeValueCalculator',
          label: 'CLV',
          href: '/en/chapters/03-customer-value/#clv',
          // A start of three settings: whole customers, a retention typed in percent, a convention.
          start: [
            { key: 'a-n', param: 'a.n', number: { min: 1, max: 1000, whole: true }, label: 'A · Customers' },
            { key: 'a-r', param: 'a.r', number: { min: 0, max: 0.99, percent: true }, label: 'A · Retention (%)' },
            {
              key: 'timing',
              param: 'timing',
              choices: ['endOfPeriod', 'upFront'],
              label: 'Convention',
              choiceLabels: { endOfPeriod: 'End of period', upFront: 'Up front' },
            },
          ],
        },
      ],
    },
  ],
  scenarios: [
    { id: 'hotel-noise', label: 'Hotel', href: '/en/chapters/05/#roleplay' },
    { id: 'lost-parcel', label: 'Parcel', href: '/en/chapters/05/#roleplay' },
  ],
};

const chapter = (choice: Partial<ChapterDraft>): ChapterDraft => ({ ...emptyChapter(), ...choice });
const draftOf = (change: Partial<AssignmentDraft>): AssignmentDraft => ({
  ...emptyDraft(),
  title: 'Week 1',
  ...change,
});

describe('the assignment a draft makes', () => {
  it('lists tasks chapter by chapter (read, quiz, exercises, exam), then role-plays, whatever order they were ticked in', () => {
    const draft: AssignmentDraft = {
      title: '  Week 1: foundations  ',
      due: '2026-03-15',
      instructions: 'Read first, then do the rest.\n',
      // Chapter 3 was ticked first, the lost parcel before the hotel, the ladder before churn.
      chapters: {
        '03-customer-value': chapter({ read: true, widgets: ['LifetimeValueCalculator'] }),
        '01-foundations': chapter({
          read: true,
          quiz: 'test',
          quizAll: false,
          quizItems: ['ch1-c', 'ch1-a'],
          examItems: ['ch1-case', 'ch1-term'],
          widgets: ['CustomerLadder', 'ChurnCompounding'],
        }),
        '02-relationship-marketing': chapter({ examItems: ['ch2-short'] }),
      },
      scenarios: ['lost-parcel', 'hotel-noise'],
    };
    expect(assignmentOfDraft(draft, catalogue, 'en')).toEqual({
      ok: true,
      assignment: {
        format: 'crm-assignment',
        version: 1,
        locale: 'en',
        title: 'Week 1: foundations',
        due: '2026-03-15',
        instructions: 'Read first, then do the rest.',
        tasks: [
          { kind: 'read', chapter: '01-foundations' },
          { kind: 'quiz', chapter: '01-foundations', mode: 'test', items: ['ch1-a', 'ch1-c'] },
          { kind: 'exercise', chapter: '01-foundations', widget: 'ChurnCompounding' },
          { kind: 'exercise', chapter: '01-foundations', widget: 'CustomerLadder' },
          { kind: 'exam', items: ['ch1-term', 'ch1-case'] },
          { kind: 'exam', items: ['ch2-short'] },
          { kind: 'read', chapter: '03-customer-value' },
          { kind: 'exercise', chapter: '03-customer-value', widget: 'LifetimeValueCalculator' },
          { kind: 'roleplay', scenario: 'hotel-noise' },
          { kind: 'roleplay', scenario: 'lost-parcel' },
        ],
      },
    });
  });

  it('gives a whole quiz without items, leaves out an empty due date and instructions, and takes the page locale', () => {
    const draft = draftOf({
      due: '',
      instructions: '   ',
      chapters: { '03-customer-value': chapter({ quiz: 'practice', quizAll: true, quizItems: ['ch3-clv'] }) },
    });
    expect(assignmentOfDraft(draft, catalogue, 'zh-cn')).toEqual({
      ok: true,
      assignment: {
        format: 'crm-assignment',
        version: 1,
        locale: 'zh-cn',
        title: 'Week 1',
        tasks: [{ kind: 'quiz', chapter: '03-customer-value', mode: 'practice' }],
      },
    });
  });

  it('drops ids the catalogue does not hold, and a quiz set on a chapter without one', () => {
    const draft = draftOf({
      chapters: {
        '01-foundations': chapter({
          quiz: 'practice',
          quizAll: false,
          quizItems: ['ch1-gone', 'ch1-b'],
          widgets: ['Nope'],
        }),
        '02-relationship-marketing': chapter({ quiz: 'test' }),
        '09-future': chapter({ read: true }),
      },
      scenarios: ['no-such-scenario'],
    });
    expect(assignmentOfDraft(draft, catalogue, 'en')).toEqual({
      ok: true,
      assignment: {
        format: 'crm-assignment',
        version: 1,
        locale: 'en',
        title: 'Week 1',
        tasks: [{ kind: 'quiz', chapter: '01-foundations', mode: 'practice', items: ['ch1-b'] }],
      },
    });
  });

  it('says there is no title when it is empty or only spaces, and no task when nothing is chosen', () => {
    expect(assignmentOfDraft({ ...emptyDraft(), title: ' \t ' }, catalogue, 'en')).toEqual({
      ok: false,
      problems: [{ kind: 'noTitle' }, { kind: 'noTasks' }],
    });
  });

  it('holds the title to 120 characters and the instructions to 600, after trimming', () => {
    const tasks = { chapters: { '01-foundations': chapter({ read: true }) } };
    expect(assignmentOfDraft(draftOf({ ...tasks, title: ` ${'题'.repeat(120)} ` }), catalogue, 'zh-cn').ok).toBe(true);
    expect(assignmentOfDraft(draftOf({ ...tasks, title: 'x'.repeat(121) }), catalogue, 'en')).toEqual({
      ok: false,
      problems: [{ kind: 'titleTooLong', length: 121 }],
    });
    expect(assignmentOfDraft(draftOf({ ...tasks, instructions: `${'y'.repeat(600)}\n\n` }), catalogue, 'en').ok).toBe(
      true,
    );
    expect(assignmentOfDraft(draftOf({ ...tasks, instructions: 'y'.repeat(601) }), catalogue, 'en')).toEqual({
      ok: false,
      problems: [{ kind: 'instructionsTooLong', length: 601 }],
    });
  });

  it('refuses a due date that is not a real day', () => {
    const tasks = { chapters: { '01-foundations': chapter({ read: true }) } };
    for (const due of ['2026-02-30', '2026-13-01', '15/03/2026', 'soon'])
      expect(assignmentOfDraft(draftOf({ ...tasks, due }), catalogue, 'en')).toEqual({
        ok: false,
        problems: [{ kind: 'badDue' }],
      });
    // 2028 is a leap year (divisible by 4, not by 100); 2100 is not (divisible by 100, not by 400).
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2100-02-29')).toBe(false);
  });

  it('asks for ticked questions when "only the ticked questions" has none, and names the chapter', () => {
    const draft = draftOf({
      chapters: { '01-foundations': chapter({ read: true, quiz: 'test', quizAll: false, quizItems: [] }) },
    });
    expect(assignmentOfDraft(draft, catalogue, 'en')).toEqual({
      ok: false,
      problems: [{ kind: 'noQuizItems', chapter: '01-foundations' }],
    });
    // The same with nothing else chosen: the chapter's problem, not "no task" besides.
    const alone = draftOf({ chapters: { '01-foundations': chapter({ quiz: 'test', quizAll: false }) } });
    expect(assignmentOfDraft(alone, catalogue, 'en')).toEqual({
      ok: false,
      problems: [{ kind: 'noQuizItems', chapter: '01-foundations' }],
    });
  });

  it('refuses more than 60 tasks and more than 120 items in one list', () => {
    const many: AssignmentCatalogue = {
      chapters: [
        {
          ...catalogue.chapters[0]!,
          quizItems: Array.from({ length: 121 }, (_, n) => ({ id: `q${n}`, label: `Q${n}` })),
        },
      ],
      scenarios: Array.from({ length: 61 }, (_, n) => ({ id: `s${n}`, label: `S${n}`, href: '/' })),
    };
    // 61 role-plays: 61 tasks.
    expect(assignmentOfDraft(draftOf({ scenarios: many.scenarios.map((s) => s.id) }), many, 'en')).toEqual({
      ok: false,
      problems: [{ kind: 'tooManyTasks', count: 61 }],
    });
    // 60 role-plays: exactly the limit.
    expect(assignmentOfDraft(draftOf({ scenarios: many.scenarios.slice(1).map((s) => s.id) }), many, 'en').ok).toBe(
      true,
    );
    const allItems = many.chapters[0]!.quizItems.map((item) => item.id);
    expect(
      assignmentOfDraft(
        draftOf({ chapters: { '01-foundations': chapter({ quiz: 'test', quizAll: false, quizItems: allItems }) } }),
        many,
        'en',
      ),
    ).toEqual({ ok: false, problems: [{ kind: 'tooManyItems', chapter: '01-foundations', count: 121 }] });
  });
});

const chapterArbitrary = fc.record({
  read: fc.boolean(),
  quiz: fc.constantFrom('none' as const, 'practice' as const, 'test' as const),
  quizAll: fc.boolean(),
  quizItems: fc.subarray(['ch1-a', 'ch1-b', 'ch1-c', 'ch3-clv', 'unknown']),
  examItems: fc.subarray(['ch1-term', 'ch1-case', 'ch2-short', 'gone']),
  widgets: fc.subarray(['ChurnCompounding', 'CustomerLadder', 'LifetimeValueCalculator', 'Nope']),
  starts: fc.dictionary(
    fc.constantFrom('LifetimeValueCalculator', 'ChurnCompounding'),
    fc.dictionary(
      fc.constantFrom('a-n', 'a-r', 'timing', 'other'),
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('80', '12', 'upFront')),
    ),
  ),
});

const draftArbitrary = fc.record({
  title: fc.string({ maxLength: 130 }),
  due: fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.constant('2026-06-01')),
  instructions: fc.string({ maxLength: 620 }),
  chapters: fc.dictionary(
    fc.constantFrom('01-foundations', '02-relationship-marketing', '03-customer-value'),
    chapterArbitrary,
  ),
  scenarios: fc.subarray(['hotel-noise', 'lost-parcel', 'other']),
});

describe('an exercise with a starting point', () => {
  const clv = (starts: ChapterDraft['starts']) =>
    assignmentOfDraft(
      draftOf({ chapters: { '03-customer-value': chapter({ widgets: ['LifetimeValueCalculator'], starts }) } }),
      catalogue,
      'en',
    );

  it('carries the settings typed as a student types them: percent as a fraction, choices as offered, empty ones left to the widget', () => {
    expect(clv({ LifetimeValueCalculator: { 'a-n': ' 250 ', 'a-r': '80%', timing: 'upFront' } })).toMatchObject({
      ok: true,
      assignment: {
        tasks: [
          {
            kind: 'exercise',
            chapter: '03-customer-value',
            widget: 'LifetimeValueCalculator',
            settings: { 'a-n': 250, 'a-r': 0.8, timing: 'upFront' },
          },
        ],
      },
    });
    const keep = clv({ LifetimeValueCalculator: { 'a-n': '', 'a-r': '  ', timing: '' } });
    expect(keep.ok && keep.assignment.tasks).toEqual([
      { kind: 'exercise', chapter: '03-customer-value', widget: 'LifetimeValueCalculator' },
    ]);
  });

  it('ties each setting the widget would refuse to its field', () => {
    expect(clv({ LifetimeValueCalculator: { 'a-n': '2.5', 'a-r': '99.5', timing: 'upFront' } })).toEqual({
      ok: false,
      problems: [
        {
          kind: 'badSetting',
          chapter: '03-customer-value',
          widget: 'LifetimeValueCalculator',
          key: 'a-n',
          problem: { code: 'notWhole' },
        },
        {
          kind: 'badSetting',
          chapter: '03-customer-value',
          widget: 'LifetimeValueCalculator',
          key: 'a-r',
          problem: { code: 'aboveMax', max: 0.99 },
        },
      ],
    });
  });

  it('keeps no settings for a widget that is not ticked', () => {
    const unticked = assignmentOfDraft(
      draftOf({
        chapters: {
          '03-customer-value': chapter({ read: true, starts: { LifetimeValueCalculator: { 'a-n': 'abc' } } }),
        },
      }),
      catalogue,
      'en',
    );
    expect(unticked.ok && unticked.assignment.tasks).toEqual([{ kind: 'read', chapter: '03-customer-value' }]);
  });
});

describe('any draft', () => {
  it('makes an assignment the schema accepts, or gives problems, and never throws', () => {
    fc.assert(
      fc.property(draftArbitrary, fc.constantFrom('zh-cn' as const, 'en' as const), (draft, locale) => {
        const result = assignmentOfDraft(draft, catalogue, locale);
        if (result.ok) expect(assignmentSchema.safeParse(result.assignment).success).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});
