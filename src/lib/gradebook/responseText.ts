/**
 * A student's quiz answer in words, for the gradebook's "most common wrong answer": the choices'
 * own texts (by the ids the answer holds), true or false, the number, the words typed. An id the
 * item no longer has (a report from an older version of the quiz) is shown as the id.
 */
import type { StoredResponse } from '../../schemas/progress.ts';
import type { Choice } from '../quiz/quizItemView.ts';

/** What the page fetches per quiz item: just the texts an answer can name (a list the item lacks is left out). */
export interface ItemChoices {
  /** single, multiple, ordering: the options; categorising: the things sorted. */
  choices?: Choice[];
  /** matching: the left-hand terms and their partners; categorising: the buckets. */
  left?: Choice[];
  right?: Choice[];
}

/** An item as the gradebook names it: a one-line label and, for a quiz item, its choices' texts. */
export interface ItemWords extends ItemChoices {
  label: string;
}

export interface ResponseWords {
  true: string;
  false: string;
  /** Joins an ordering: " → ". */
  then: string;
  /** Joins a list: "、" or ", ". */
  and: string;
  formatNumber: (value: number) => string;
}

export function responseText(response: StoredResponse, item: ItemChoices | undefined, words: ResponseWords): string {
  const { choices = [], left = [], right = [] } = item ?? {};
  const textOf = (list: readonly Choice[], id: string) => list.find((choice) => choice.id === id)?.text ?? id;
  switch (response.kind) {
    case 'single':
      return textOf(choices, response.choice);
    case 'trueFalse':
      return response.choice ? words.true : words.false;
    case 'multiple':
      return response.choices.map((id) => textOf(choices, id)).join(words.and);
    case 'ordering':
      return response.order.map((id) => textOf(choices, id)).join(words.then);
    case 'matching':
      return Object.entries(response.pairs)
        .map(([from, to]) => `${textOf(left, from)} — ${textOf(right, to)}`)
        .join('; ');
    case 'categorising':
      return Object.entries(response.placements)
        .map(([thing, bucket]) => `${textOf(choices, thing)}: ${textOf(right, bucket)}`)
        .join('; ');
    case 'numeric':
      return words.formatNumber(response.value);
    case 'text':
    case 'written':
      return response.text;
  }
}
