/**
 * An assignment in a link's fragment (issue #19): it comes back whole; a link cut short, changed
 * by a character, from a later version, empty, too long or describing no valid assignment gets a
 * named problem, never an exception and never a different assignment; and the largest assignment
 * the course can make fits in a link a QR code can hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  LINK_PREFIX,
  MAX_FRAGMENT_LENGTH,
  assignmentFragment,
  readAssignmentFragment,
} from '../../../../src/lib/assignment/assignmentLink.ts';
import type { StartField } from '../../../../src/lib/assignment/exerciseStart.ts';
import { clvStartFields } from '../../../../src/lib/clv/clvStart.ts';
import { queueStartFields } from '../../../../src/lib/queue/startLink.ts';
import { TITLE_MAX, INSTRUCTIONS_MAX, assignmentSchema, type Assignment } from '../../../../src/schemas/assignment.ts';
import { isWidgetId } from '../../../../src/widgets/registry.ts';

const week3: Assignment = {
  format: 'crm-assignment',
  version: 1,
  locale: 'zh-cn',
  title: '第三周作业：客户价值',
  due: '2026-12-14',
  instructions: '周一上课前完成；把完成报告发到课程群。',
  tasks: [
    { kind: 'read', chapter: '03-customer-value' },
    { kind: 'quiz', chapter: '03-customer-value', mode: 'test' },
    { kind: 'quiz', chapter: '01-foundations', mode: 'practice', items: ['ch1-client-definition'] },
    { kind: 'roleplay', scenario: 'lost-parcel' },
    { kind: 'exam', items: ['ch3-term-clv'] },
    { kind: 'exercise', chapter: '03-customer-value', widget: 'LifetimeValueCalculator', settings: { retention: 80 } },
  ],
};

describe('an assignment link', () => {
  it('brings the assignment back whole, in a fragment of URL-safe characters after its version mark', async () => {
    const fragment = await assignmentFragment(week3);
    expect(fragment.startsWith(LINK_PREFIX)).toBe(true);
    expect(fragment).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(await readAssignmentFragment(`#${fragment}`)).toEqual({ ok: true, assignment: week3 });
  });

  it('cut short anywhere, is damaged, never read as a shorter assignment', async () => {
    const fragment = await assignmentFragment(week3);
    for (let length = LINK_PREFIX.length + 1; length < fragment.length; length++) {
      const reading = await readAssignmentFragment(fragment.slice(0, length));
      expect(reading.ok, `cut at ${length}`).toBe(false);
    }
  });

  it('with any one character changed, is damaged or reads as the same assignment (a change in padding bits)', async () => {
    const fragment = await assignmentFragment(week3);
    for (let at = LINK_PREFIX.length; at < fragment.length; at++) {
      const other = fragment[at] === 'A' ? 'B' : 'A';
      const reading = await readAssignmentFragment(fragment.slice(0, at) + other + fragment.slice(at + 1));
      if (reading.ok) expect(reading.assignment, `changed at ${at}`).toEqual(week3);
      else expect(['damaged', 'invalid']).toContain(reading.problem.kind);
    }
  });

  it('names what is wrong: nothing there, another version, too long, not an assignment', async () => {
    expect(await readAssignmentFragment('')).toEqual({ ok: false, problem: { kind: 'missing' } });
    expect(await readAssignmentFragment('#')).toEqual({ ok: false, problem: { kind: 'missing' } });
    expect(await readAssignmentFragment('a2.eJyrVkrLz1eyUkpKLFKqBQAdegQ0')).toEqual({
      ok: false,
      problem: { kind: 'unknownVersion' },
    });
    const long = LINK_PREFIX + 'A'.repeat(MAX_FRAGMENT_LENGTH);
    expect(await readAssignmentFragment(long)).toEqual({
      ok: false,
      problem: { kind: 'tooLong', length: MAX_FRAGMENT_LENGTH + 3 },
    });
    expect(await readAssignmentFragment(`${LINK_PREFIX}not base64!`)).toEqual({
      ok: false,
      problem: { kind: 'damaged' },
    });
  });

  it('carrying something that is not a valid assignment, lists where it is wrong', async () => {
    const broken = { ...week3, title: '  ', due: '2026-02-30', tasks: [] } as unknown as Assignment;
    const reading = await readAssignmentFragment(await assignmentFragment(broken));
    expect(reading).toEqual({ ok: false, problem: { kind: 'invalid', paths: ['title', 'due', 'tasks'] } });
  });

  it('with a due date in a month that does not exist, lists the date (a month 13 once threw)', async () => {
    for (const due of ['2026-13-01', '2026-00-10', '2026-04-31']) {
      const reading = await readAssignmentFragment(await assignmentFragment({ ...week3, due }));
      expect(reading, due).toEqual({ ok: false, problem: { kind: 'invalid', paths: ['due'] } });
    }
  });

  it('reading any text gives an assignment or a problem, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const reading = await readAssignmentFragment(LINK_PREFIX + text);
        expect(typeof reading.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('the longest assignment', () => {
  const chapters = readdirSync('content/quizzes').map((file) => file.replace(/\.yaml$/, ''));
  const scenarios = readdirSync('content/scenarios').map((file) => file.replace(/\.yaml$/, ''));
  const examItems = readdirSync('content/exams').flatMap((file) =>
    (parse(readFileSync(`content/exams/${file}`, 'utf8')).items as { id: string }[]).map((item) => item.id),
  );
  // Real Chinese prose (it compresses as an instructor's words would, unlike repeated text).
  const prose = readFileSync('content/chapters/zh-cn/03-customer-value.mdx', 'utf8')
    .split('\n')
    .filter((line) => /^[\u4e00-\u9fff]/.test(line))
    .join('');

  const wholeCourse: Assignment = {
    format: 'crm-assignment',
    version: 1,
    locale: 'zh-cn',
    title: prose.slice(0, TITLE_MAX),
    due: '2027-01-15',
    instructions: prose.slice(TITLE_MAX, TITLE_MAX + 300),
    tasks: [
      ...chapters.map((chapter) => ({ kind: 'read' as const, chapter })),
      ...chapters.map((chapter) => ({ kind: 'quiz' as const, chapter, mode: 'test' as const })),
      ...scenarios.map((scenario) => ({ kind: 'roleplay' as const, scenario })),
      { kind: 'exam', items: examItems },
    ],
  };

  it('the whole course, with a full-length title and 300 characters of instructions, fits a link and a QR code', async () => {
    expect(examItems.length).toBeGreaterThanOrEqual(72);
    const fragment = await assignmentFragment(wholeCourse);
    console.log(`the whole course: ${fragment.length} characters of ${MAX_FRAGMENT_LENGTH}`);
    expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
    expect(await readAssignmentFragment(fragment)).toEqual({ ok: true, assignment: wholeCourse });
  });

  it('two chapters with every widget, both exercise starts fully set and the longest instructions fit; the whole course with every widget does not', async () => {
    const widgets = chapters.flatMap((chapter) =>
      [...readFileSync(`content/chapters/zh-cn/${chapter}.mdx`, 'utf8').matchAll(/<([A-Z][A-Za-z]+) /g)]
        .map((match) => match[1]!)
        .filter((name) => isWidgetId(name))
        .map((widget) => ({ chapter, widget })),
    );
    // Every setting given, with numbers as long as an instructor would plausibly type them.
    const fullStart = (fields: readonly StartField[]) =>
      Object.fromEntries(
        fields.map((field) => [
          field.key,
          'choices' in field ? field.choices.at(-1)! : field.number.whole ? 17 : 0.4375,
        ]),
      );
    const starts: Record<string, Record<string, string | number>> = {
      LifetimeValueCalculator: fullStart(clvStartFields),
      QueueSimulator: fullStart(queueStartFields),
    };
    const everything: Assignment = {
      ...wholeCourse,
      tasks: [
        ...wholeCourse.tasks,
        ...widgets.map(({ chapter, widget }) => ({
          kind: 'exercise' as const,
          chapter,
          widget,
          ...(starts[widget] ? { settings: starts[widget] } : {}),
        })),
      ],
    };
    expect(widgets.length).toBeGreaterThanOrEqual(16);
    expect(assignmentSchema.safeParse(everything).success).toBe(true);
    const twoChapters = ['03-customer-value', '06-waiting'];
    const week: Assignment = {
      ...everything,
      instructions: prose.slice(TITLE_MAX, TITLE_MAX + INSTRUCTIONS_MAX),
      tasks: everything.tasks.filter((task) => 'chapter' in task && twoChapters.includes(task.chapter)),
    };
    expect(week.tasks.filter((task) => task.kind === 'exercise' && task.settings)).toHaveLength(2);
    const weekFragment = await assignmentFragment(week);
    const wholeFragment = await assignmentFragment(everything);
    console.log(
      `chapters 3 and 6 with every exercise and start: ${weekFragment.length}; the whole course with every exercise: ${wholeFragment.length} characters of ${MAX_FRAGMENT_LENGTH}`,
    );
    expect(weekFragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
    expect(await readAssignmentFragment(weekFragment)).toEqual({ ok: true, assignment: week });
    // Over the limit: the instructor's form says so with the length (and the reader refuses it).
    expect(wholeFragment.length).toBeGreaterThan(MAX_FRAGMENT_LENGTH);
  });

  it('instructions at their full length fit beside a chapter’s worth of tasks', async () => {
    const chapterWeek: Assignment = {
      ...week3,
      title: prose.slice(0, TITLE_MAX),
      instructions: prose.slice(TITLE_MAX, TITLE_MAX + INSTRUCTIONS_MAX),
    };
    expect((await assignmentFragment(chapterWeek)).length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
  });
});
