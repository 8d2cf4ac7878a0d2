/**
 * Whether a card sort's cards give their category away by length: in one locale, each category's
 * mean card length (as displayLength measures it) against the mean of all the cards. The content
 * test keeps every category within CARD_LENGTH_TOLERANCE of that mean, so a learner has to read the
 * card, not pick "the long, involved one" for the top rung.
 */
import { displayLength } from '../text/displayLength.ts';

/** A category's mean may differ from the mean of all cards by at most this share of it. */
export const CARD_LENGTH_TOLERANCE = 0.25;

export interface CategoryLength {
  category: string;
  cards: number;
  mean: number;
  /** mean / the mean of all cards. */
  ratio: number;
}

/** Categories in the order given; one with no cards is left out. */
export function categoryLengthBalance(
  categories: readonly string[],
  cards: readonly { category: string; text: string }[],
): CategoryLength[] {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const overall = mean(cards.map((card) => displayLength(card.text)));
  return categories.flatMap((category) => {
    const lengths = cards.filter((card) => card.category === category).map((card) => displayLength(card.text));
    if (lengths.length === 0) return [];
    const categoryMean = mean(lengths);
    return [{ category, cards: lengths.length, mean: categoryMean, ratio: categoryMean / overall }];
  });
}
