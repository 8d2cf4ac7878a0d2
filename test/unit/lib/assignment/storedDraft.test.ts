/** The draft kept on the device is read defensively: anything unreadable becomes an empty form, never an exception. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../src/lib/assignment/assignmentDraft.ts';
import { readStoredDraft } from '../../../../src/lib/assignment/storedDraft.ts';

describe('the stored draft', () => {
  it('reads back a draft as it was written', () => {
    const draft = {
      title: '第一周作业',
      due: '2026-03-15',
      instructions: '先读再做。',
      chapters: {
        '01-foundations': {
          read: true,
          quiz: 'test',
          quizAll: false,
          quizItems: ['ch1-a'],
          examItems: ['ch1-term'],
          widgets: ['ChurnCompounding', 'LifetimeValueCalculator'],
          starts: { LifetimeValueCalculator: { 'a-r': '80', timing: 'upFront' } },
        },
      },
      scenarios: ['lost-parcel'],
    };
    expect(readStoredDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it('gives an empty form for nothing stored, broken JSON, or JSON of another shape', () => {
    for (const stored of [null, '', '{', 'null', '42', '"text"', '[]', '{"title": 5}'])
      expect(readStoredDraft(stored)).toEqual(emptyDraft());
  });

  it('keeps what fits and drops the rest, field by field', () => {
    const stored = JSON.stringify({
      title: 'Week 3',
      due: 20260315,
      chapters: {
        '01-foundations': {
          read: 'yes',
          quiz: 'exam',
          quizAll: 0,
          quizItems: ['a', 7, 'a', null],
          widgets: 'Churn',
          // Texts are kept under id-like keys; a number, a bad key and a non-record widget are dropped.
          starts: { LifetimeValueCalculator: { 'a-r': 80, timing: 'upFront', 'a r': '1' }, 'Bad id': {}, Churn: 'x' },
        },
        'not-a-slug': { read: true },
        '02-relationship-marketing': 'read',
      },
      scenarios: { id: 'lost-parcel' },
      // A key that would reach the prototype if written as given: it is no chapter slug, so it is dropped.
    }).replace('"not-a-slug"', '"__proto__":{"read":true},"not-a-slug"');
    expect(readStoredDraft(stored)).toEqual({
      title: 'Week 3',
      due: '',
      instructions: '',
      chapters: {
        // quizAll is only false when stored as false: 0 is not.
        '01-foundations': {
          read: false,
          quiz: 'none',
          quizAll: true,
          quizItems: ['a'],
          examItems: [],
          widgets: [],
          starts: { LifetimeValueCalculator: { timing: 'upFront' } },
        },
        '02-relationship-marketing': {
          read: false,
          quiz: 'none',
          quizAll: true,
          quizItems: [],
          examItems: [],
          widgets: [],
          starts: {},
        },
      },
      scenarios: [],
    });
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (stored) => {
        const draft = readStoredDraft(stored);
        expect(typeof draft.title).toBe('string');
        expect(Array.isArray(draft.scenarios)).toBe(true);
      }),
    );
  });
});
