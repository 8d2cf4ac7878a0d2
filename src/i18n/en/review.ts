/** UI strings for the review page, in English. */
import type { ReviewStrings } from '../types.ts';

export const review: ReviewStrings = {
  title: 'Review',
  navLink: 'Review',
  lead: 'Questions you got wrong or marked as hard come back on a spaced-repetition schedule (the FSRS algorithm): answer right and the next gap grows; answer wrong and the question returns soon.',
  due: '{n} due',
  empty: 'Nothing is due for review right now.',
  next: 'The next item is due {date}.',
  fromChapter: 'From chapter {n}',
  done: 'That was every due item for now.',
};
