/**
 * The review queue's due count for a view, computed after the page has loaded. The scheduler
 * (ts-fsrs) is fetched only when some answer is in the queue (wrong, partly right or marked hard):
 * with none, nothing can be due and nothing is fetched.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Progress } from '../../lib/progress/progressState.ts';
import type { DueItem } from '../../lib/progress/reviewSchedule.ts';
import { inReviewQueue } from '../../lib/progress/reviewQueue.ts';

export interface DueReview {
  due: DueItem[];
  next: Date | undefined;
}

export function useDueReview(progress: Pick<Progress, 'answers'>, itemIds: readonly string[]): DueReview | undefined {
  const [review, setReview] = useState<DueReview>();
  useEffect(() => {
    if (!itemIds.some((itemId) => inReviewQueue(progress.answers[itemId] ?? []))) {
      setReview({ due: [], next: undefined });
      return;
    }
    let current = true;
    void import('../../lib/progress/reviewSchedule.ts').then(({ dueItems, nextDue }) => {
      const now = new Date();
      if (current) setReview({ due: dueItems(progress, itemIds, now), next: nextDue(progress, itemIds, now) });
    });
    return () => {
      current = false;
    };
  }, [progress, itemIds]);
  return review;
}
