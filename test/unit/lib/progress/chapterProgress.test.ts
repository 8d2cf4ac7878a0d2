import { describe, expect, it } from 'vitest';
import { chapterProgress, courseCompletion } from '../../../../src/lib/progress/chapterProgress.ts';
import { emptyProgress } from '../../../../src/lib/progress/progressState.ts';
import { attempt, t0 } from './fixtures.ts';

const chapter = {
  slug: '01-foundations',
  items: [
    { id: 'ch1-a', fingerprint: 'fp1' },
    { id: 'ch1-b', fingerprint: 'fp1' },
    { id: 'ch1-c', fingerprint: 'fp1' },
    { id: 'ch1-d', fingerprint: 'fp-edited' },
  ],
  widgets: ['ChurnCompounding', 'LadderSorter'],
};
const test = (at: number, score: number) => ({ v: 2 as const, chapter: '01-foundations', at, score, itemScores: {} });

describe('chapterProgress', () => {
  it('is empty for a learner who has done nothing', () => {
    const summary = chapterProgress(emptyProgress(), chapter);
    expect(summary).toMatchObject({ read: false, answered: 0, correct: 0, best: undefined, latest: undefined });
    expect(summary.completion).toBe(0);
  });

  it('counts answers by their latest attempt and sets aside answers to an item edited since', () => {
    const progress = {
      ...emptyProgress(),
      answers: {
        'ch1-a': [attempt({ id: '1', score: 0, at: t0 }), attempt({ id: '2', at: t0 + 1 })],
        'ch1-b': [attempt({ id: '3', score: 0.5 })],
        'ch1-d': [attempt({ id: '4' })], // answered when the item's fingerprint was fp1
      },
    };
    expect(chapterProgress(progress, chapter)).toMatchObject({ answered: 2, correct: 1, changed: 1 });
  });

  it('shows the best and the latest test, and completion as the mean of read, widgets tried and quiz', () => {
    const progress = {
      ...emptyProgress(),
      tests: { x: test(t0, 0.75), y: test(t0 + 10, 0.5), z: { ...test(t0 + 20, 1), chapter: '02-other' } },
      read: { '01-foundations': t0 },
      widgets: { '01-foundations:ChurnCompounding': t0 },
    };
    const summary = chapterProgress(progress, chapter);
    expect(summary).toMatchObject({ tests: 2, best: 0.75, latest: { score: 0.5, at: t0 + 10 }, widgetsTried: 1 });
    // (1 read + 1/2 widgets + 0.75 best test) / 3
    expect(summary.completion).toBeCloseTo((1 + 0.5 + 0.75) / 3, 12);
    expect(courseCompletion([summary, chapterProgress(emptyProgress(), { ...chapter, slug: '02-x' })])).toBeCloseTo(
      (1 + 0.5 + 0.75) / 6,
      12,
    );
  });
});
