/**
 * The review queue's due count for a view, computed after the page has loaded: the scheduler
 * (ts-fsrs) is fetched only then, so it never delays the first paint.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Progress } from '../../lib/progress/progressState';
import type { DueItem } from '../../lib/progress/reviewSchedule';

export interface DueReview {
  due: DueItem[];
  next: Date | undefined;
}

export function useDueReview(progress: Progress, itemIds: readonly string[]): DueReview | undefined {
  const [review, setReview] = useState<DueReview>();
  useEffect(() => {
    let current = true;
    void import('../../lib/progress/reviewSchedule').then(({ dueItems, nextDue }) => {
      const now = new Date();
      if (current) setReview({ due: dueItems(progress, itemIds, now), next: nextDue(progress, itemIds, now) });
    });
    return () => {
      current = false;
    };
  }, [progress, itemIds]);
  return review;
}
