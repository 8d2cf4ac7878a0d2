/**
 * The review wrapper against ts-fsrs's documented defaults (learning steps 1 min and 10 min:
 * a new card rated Again is due after 1 min, Hard after 6 min, Good after 10 min; a card that
 * passes its last learning step moves to day-long intervals).
 */
import { describe, expect, it } from 'vitest';
import { dueItems, nextDue, reviewCard } from '../../../../src/lib/progress/reviewSchedule.ts';
import { emptyProgress } from '../../../../src/lib/progress/progressState.ts';
import { inReviewQueue } from '../../../../src/lib/progress/reviewQueue.ts';
import { attempt, day, minute, t0 } from './fixtures.ts';

const progressOf = (answers: Record<string, ReturnType<typeof attempt>[]>) => ({ ...emptyProgress(), answers });

describe('review schedule', () => {
  it('leaves out items that were never wrong, partial or marked hard', () => {
    expect(reviewCard([attempt({ at: t0 }), attempt({ at: t0 + day })])).toBeUndefined();
  });

  it('brings a wrong answer back after one minute, a hard one after six, a partly right one after six', () => {
    expect(reviewCard([attempt({ score: 0 })])!.due.getTime()).toBe(t0 + 1 * minute);
    expect(reviewCard([attempt({ hard: true })])!.due.getTime()).toBe(t0 + 6 * minute);
    expect(reviewCard([attempt({ score: 2 / 3 })])!.due.getTime()).toBe(t0 + 6 * minute);
  });

  it('lists items due now, soonest first, and only items that still exist', () => {
    const progress = progressOf({
      'ch1-wrong': [attempt({ score: 0, at: t0 })],
      'ch1-hard': [attempt({ hard: true, at: t0 })],
      'ch1-right': [attempt({ at: t0 })],
      'ch1-deleted': [attempt({ score: 0, at: t0 })],
    });
    const ids = ['ch1-wrong', 'ch1-hard', 'ch1-right'];
    expect(dueItems(progress, ids, new Date(t0))).toEqual([]);
    expect(dueItems(progress, ids, new Date(t0 + minute)).map((item) => item.itemId)).toEqual(['ch1-wrong']);
    expect(dueItems(progress, ids, new Date(t0 + 6 * minute)).map((item) => item.itemId)).toEqual([
      'ch1-wrong',
      'ch1-hard',
    ]);
    expect(nextDue(progress, ids, new Date(t0))!.getTime()).toBe(t0 + minute);
  });

  it('spaces reviews further apart as the learner keeps getting the item right', () => {
    const answers = [attempt({ id: 'w', score: 0, at: t0 })];
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      const due = reviewCard(answers)!.due.getTime();
      answers.push(attempt({ id: `r${i}`, at: due }));
      intervals.push(reviewCard(answers)!.due.getTime() - due);
    }
    // Learning steps first (10 min), then day-long intervals that keep growing.
    expect(intervals[0]).toBe(10 * minute);
    expect(intervals[1]).toBeGreaterThanOrEqual(day);
    for (let i = 2; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
  });

  it('gives the same schedule whatever order two devices merged the answers in', () => {
    const answers = [
      attempt({ id: '1', score: 0, at: t0 }),
      attempt({ id: '2', at: t0 + minute }),
      attempt({ id: '3', at: t0 + 20 * minute }),
    ];
    expect(reviewCard([...answers].reverse())).toEqual(reviewCard(answers));
  });
});

describe('inReviewQueue', () => {
  it('says an item has a review card exactly when the scheduler gives it one', () => {
    const right = attempt({ score: 1, at: t0 });
    const partly = attempt({ score: 0.5, at: t0 + day });
    const hard = attempt({ score: 1, hard: true, at: t0 + 2 * day });
    for (const attempts of [[], [right], [right, partly], [hard], [partly, right], [attempt({ score: 0, at: t0 })]]) {
      expect(inReviewQueue(attempts)).toBe(reviewCard(attempts) !== undefined);
    }
    expect(inReviewQueue([right])).toBe(false);
    expect(inReviewQueue([right, hard])).toBe(true);
  });
});
