/**
 * The loyalty scorecard's presets (chapter 5), as data the page passes to the island: the
 * chapter's worked example (A 3.30, B 3.95) and its exercise 2 (repeat purchases and share of
 * wallet 30 % each, the other five 8 %: A 3.74, B 3.64), with the ratings of the chapter's two
 * fresh-food shop members in both.
 */
import { loyaltyMeasures } from '../lib/loyalty-scorecard/loyaltyMeasures.ts';
import { scorecardColumns, type ScorecardColumn, type ScorecardValues } from './loyaltyScorecard.ts';

/** A form's values from its three columns, each given in the order of `loyaltyMeasures`. */
function scorecardValues(columns: Record<ScorecardColumn, readonly number[]>): ScorecardValues {
  const values = {} as ScorecardValues;
  for (const column of scorecardColumns)
    loyaltyMeasures.forEach((measure, index) => (values[`${column}-${measure}`] = columns[column][index]!));
  return values;
}

/**
 * The chapter's two members of a fresh-food shop, rated on repeat purchases, share of wallet,
 * attention, choice time, price sensitivity, attitude to competitors and incident tolerance:
 * A comes often and spends a lot, B cares about the shop.
 */
const chapterRatings = { a: [5, 4, 2, 5, 2, 2, 2], b: [3, 3, 5, 4, 4, 5, 5] };

/** The chapter's weights: 20, 20, 10, 10, 15, 15, 10 %. A = 3.30, B = 3.95. */
export const chapterExample = scorecardValues({ weight: [0.2, 0.2, 0.1, 0.1, 0.15, 0.15, 0.1], ...chapterRatings });

/** Exercise 2: the two behavioural measures at 30 % each, the other five at 8 %. A = 3.74, B = 3.64. */
export const behaviourWeighted = scorecardValues({
  weight: [0.3, 0.3, 0.08, 0.08, 0.08, 0.08, 0.08],
  ...chapterRatings,
});

export type ScorecardPreset = 'chapter' | 'behaviour';

/** The presets by the name of their button, the chapter's example first (also the starting point). */
export const scorecardPresets: Record<ScorecardPreset, ScorecardValues> = {
  chapter: chapterExample,
  behaviour: behaviourWeighted,
};
