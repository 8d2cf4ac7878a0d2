/**
 * The chapters whose LMS packages the instructor's page offers for an assignment: each task's
 * chapter once, exam items by the chapter that holds them, a role-play by the chapter with the
 * role-play widget, in course order whatever the tasks' order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssignmentCatalogue, CatalogueChapter } from '../../../../src/lib/assignment/catalogue.ts';
import { packagedChapters } from '../../../../src/lib/assignment/packagedChapters.ts';
import type { AssignmentTask } from '../../../../src/schemas/assignment.ts';

const chapter = (number: number, extra: Partial<CatalogueChapter> = {}): CatalogueChapter => ({
  slug: `0${number}-ch`,
  number,
  title: `Chapter ${number}`,
  href: `/chapters/0${number}-ch/`,
  quizItems: [],
  examItems: [],
  widgets: [],
  ...extra,
});

const catalogue: AssignmentCatalogue = {
  chapters: [
    chapter(1, { examItems: [{ id: 'ch1-term', format: 'term', label: 'Term' }] }),
    chapter(2),
    chapter(3, { examItems: [{ id: 'ch3-essay', format: 'essay', label: 'Essay' }] }),
    chapter(6, {
      widgets: [
        { id: 'QueueSimulator', label: 'Queue', href: '/chapters/06-ch/#queue' },
        { id: 'ComplaintRolePlay', label: 'Role-play', href: '/chapters/06-ch/#roleplay' },
      ],
    }),
    chapter(7),
  ],
  scenarios: [
    { id: 'lost-parcel', label: 'Parcel', href: '/chapters/06-ch/#roleplay' },
    { id: 'late-refund', label: 'Refund', href: '/chapters/06-ch/#roleplay' },
  ],
};

const slugs = (tasks: AssignmentTask[]) => packagedChapters(tasks, catalogue).map((entry) => entry.slug);

describe('packagedChapters', () => {
  it('lists chapters 3 and 7 once each, in course order, for tasks given out of order', () => {
    expect(
      slugs([
        { kind: 'quiz', chapter: '07-ch', mode: 'test' },
        { kind: 'read', chapter: '03-ch' },
        { kind: 'read', chapter: '07-ch' },
        { kind: 'exercise', chapter: '03-ch', widget: 'CardSort' },
      ]),
    ).toEqual(['03-ch', '07-ch']);
  });

  it('finds exam items by the chapter that holds them', () => {
    expect(slugs([{ kind: 'exam', items: ['ch3-essay', 'ch1-term'] }])).toEqual(['01-ch', '03-ch']);
  });

  it('brings in the chapter with the role-play widget for a scenario, once for two scenarios', () => {
    expect(
      slugs([
        { kind: 'roleplay', scenario: 'lost-parcel' },
        { kind: 'roleplay', scenario: 'late-refund' },
      ]),
    ).toEqual(['06-ch']);
  });

  it('offers nothing for a chapter, item or scenario this build lacks', () => {
    expect(
      slugs([
        { kind: 'read', chapter: '09-gone' },
        { kind: 'exam', items: ['ch9-gone'] },
        { kind: 'roleplay', scenario: 'gone' },
      ]),
    ).toEqual([]);
  });

  it('gives, for any tasks, only catalogue chapters, each once, in course order', () => {
    const task = fc.oneof(
      fc.record({ kind: fc.constant('read' as const), chapter: fc.constantFrom('01-ch', '03-ch', '07-ch', 'x') }),
      fc.record({ kind: fc.constant('exam' as const), items: fc.array(fc.constantFrom('ch1-term', 'ch3-essay', 'y')) }),
      fc.record({ kind: fc.constant('roleplay' as const), scenario: fc.constantFrom('lost-parcel', 'z') }),
    );
    fc.assert(
      fc.property(fc.array(task, { maxLength: 12 }), (tasks) => {
        const numbers = packagedChapters(tasks, catalogue).map((entry) => entry.number);
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
      }),
    );
  });
});
