/**
 * The review queue: an item the learner got wrong or marked hard comes back on a spaced-repetition
 * schedule computed by ts-fsrs (FSRS, the maintained open scheduler). Nothing of the schedule is
 * stored: the card is replayed from the answers themselves, so merging answers from two tabs or
 * devices can never leave a schedule that disagrees with them.
 */
import { Rating, createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { Attempt } from '../../schemas/progress.ts';
import type { Progress } from './progressState.ts';
import { needsReview } from './reviewQueue.ts';

// No fuzz: the same answers always give the same due date, on every device.
const scheduler = fsrs({ enable_fuzz: false });

/** How an answer rates the learner's recall: wrong → Again; partly right or marked hard → Hard; right → Good. */
export function ratingOf(attempt: Attempt): Grade {
  if (attempt.score < 0.5) return Rating.Again;
  if (attempt.hard || attempt.score < 1) return Rating.Hard;
  return Rating.Good;
}

/** The item's card, from its first wrong, partial or hard answer on; undefined while it has never been one. */
export function reviewCard(attempts: readonly Attempt[]): Card | undefined {
  const sorted = [...attempts].sort((a, b) => a.at - b.at);
  const first = sorted.findIndex(needsReview);
  if (first === -1) return undefined;
  let card = createEmptyCard(new Date(sorted[first]!.at));
  for (const attempt of sorted.slice(first)) {
    card = scheduler.next(card, new Date(attempt.at), ratingOf(attempt)).card;
  }
  return card;
}

export interface DueItem {
  itemId: string;
  due: Date;
}

/** Items in the review queue that are due at `now`, soonest first; only ids in `itemIds` (items that still exist). */
export function dueItems(progress: Pick<Progress, 'answers'>, itemIds: readonly string[], now: Date): DueItem[] {
  const due: DueItem[] = [];
  for (const itemId of itemIds) {
    const card = reviewCard(progress.answers[itemId] ?? []);
    if (card && card.due.getTime() <= now.getTime()) due.push({ itemId, due: card.due });
  }
  return due.sort((a, b) => a.due.getTime() - b.due.getTime());
}

/** When the next item in the queue falls due after `now`, if any. */
export function nextDue(progress: Pick<Progress, 'answers'>, itemIds: readonly string[], now: Date): Date | undefined {
  let next: Date | undefined;
  for (const itemId of itemIds) {
    const card = reviewCard(progress.answers[itemId] ?? []);
    if (card && card.due > now && (!next || card.due < next)) next = card.due;
  }
  return next;
}
