/**
 * Whether the customer stories give their cell away by length: in one locale, each cell's mean
 * story length (title and story together, as displayLength measures them) against the mean of all
 * the stories. The content tests keep every cell within STORY_LENGTH_TOLERANCE of that mean, so a
 * learner has to read the story, not pick "the long, considered one" for true loyalty.
 */
import { displayLength } from '../text/displayLength.ts';
import { loyaltyCells, type LoyaltyCell } from './loyaltyCells.ts';

/** A cell's mean may differ from the mean of all stories by at most this share of it. */
export const STORY_LENGTH_TOLERANCE = 0.15;

export interface CellLength {
  cell: LoyaltyCell;
  stories: number;
  mean: number;
  /** mean / the mean of all stories. */
  ratio: number;
}

export function cellLengthBalance(
  stories: readonly { cell: LoyaltyCell; title: string; text: string }[],
): CellLength[] {
  const lengthOf = (story: { title: string; text: string }) => displayLength(story.title) + displayLength(story.text);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const overall = mean(stories.map(lengthOf));
  return loyaltyCells.flatMap((cell) => {
    const lengths = stories.filter((story) => story.cell === cell).map(lengthOf);
    if (lengths.length === 0) return [];
    const cellMean = mean(lengths);
    return [{ cell, stories: lengths.length, mean: cellMean, ratio: cellMean / overall }];
  });
}
