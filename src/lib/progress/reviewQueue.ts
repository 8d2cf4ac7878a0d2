/**
 * Which answers send an item to the review queue, without the scheduler: a wrong or partly right
 * answer, or one the learner marked hard. An item with none of them can never fall due.
 */
import type { Attempt } from '../../schemas/progress.ts';

export const needsReview = (attempt: Pick<Attempt, 'score' | 'hard'>): boolean =>
  attempt.score < 1 || attempt.hard === true;

export const inReviewQueue = (attempts: readonly Pick<Attempt, 'score' | 'hard'>[]): boolean =>
  attempts.some(needsReview);
