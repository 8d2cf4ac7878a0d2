/**
 * Feedback row by row for the item types that are answered in parts (ordering, matching,
 * categorising): for each part, what the learner gave, what is right, and whether they agree, so a
 * learner sees which row was wrong rather than a partial score and one long answer sentence.
 */
import type { Response } from './grade.ts';
import type { Choice, QuizItemView } from './quizItemView.ts';

export interface FeedbackRow {
  id: string;
  /** The part: a term to match, a thing to sort, an option to order. */
  label: string;
  /** What the learner gave: a partner's or bucket's text, or a 1-based position; undefined when left empty. */
  given: string | number | undefined;
  right: string | number;
  correct: boolean;
}

const textOf = (choices: Choice[], id: string | undefined) =>
  id === undefined ? undefined : (choices.find((choice) => choice.id === id)?.text ?? id);

/** Undefined for the item types answered as a whole (single, multiple, true/false, numeric, text). */
export function rowFeedback(item: QuizItemView, response: Response | undefined): FeedbackRow[] | undefined {
  const key = item.key;
  switch (key.kind) {
    case 'matching': {
      const pairs = response?.kind === 'matching' ? response.pairs : {};
      return item.left.map((left) => ({
        id: left.id,
        label: left.text,
        given: textOf(item.right, pairs[left.id]),
        right: textOf(item.right, key.correct[left.id]) ?? '',
        correct: pairs[left.id] === key.correct[left.id],
      }));
    }
    case 'categorising': {
      const placements = response?.kind === 'categorising' ? response.placements : {};
      return item.choices.map((thing) => ({
        id: thing.id,
        label: thing.text,
        given: textOf(item.right, placements[thing.id]),
        right: textOf(item.right, key.correct[thing.id]) ?? '',
        correct: placements[thing.id] === key.correct[thing.id],
      }));
    }
    case 'ordering': {
      const order = response?.kind === 'ordering' ? response.order : [];
      // Rows in the right order, so the list read top to bottom is the answer.
      return key.correct.map((id, index) => {
        const at = order.indexOf(id);
        return {
          id,
          label: textOf(item.choices, id) ?? id,
          given: at === -1 ? undefined : at + 1,
          right: index + 1,
          correct: at === index,
        };
      });
    }
    default:
      return undefined;
  }
}
