/**
 * An item's options in the order one learner sees them, drawn from their seed: the options of a
 * single-choice, multiple-choice and ordering item, the things to sort in a categorising item, and
 * the right-hand side of a matching item. Position then says nothing about the answer, and a
 * reload shows the same order. Answers are kept by id, so grading, saved answers and imports do
 * not depend on the order.
 */
import type { Choice, QuizItemView } from './quizItemView.ts';
import { seededShuffle } from '../order/seededShuffle.ts';

export function arrangeItem<Item extends QuizItemView>(item: Item, seed: string): Item {
  const shuffled = (choices: Choice[], part: string) => seededShuffle(choices, `${seed}:${item.id}:${part}`);
  switch (item.type) {
    case 'single':
    case 'multiple':
    case 'ordering':
    case 'categorising':
      return { ...item, choices: shuffled(item.choices, 'choices') };
    case 'matching':
      return { ...item, right: shuffled(item.right, 'right') };
    default:
      return item;
  }
}
