/**
 * The satisfaction–loyalty curve widget's inputs (chapter 5): how many customers gave each score
 * from 1 to 5, whole and not negative, and the switching-cost slider's range. One description for
 * the form and the engine.
 */
import { numberField } from './numberField.ts';

const count = numberField({ min: 0, max: 1_000_000, whole: true });

export const scoreCountFields = { score1: count, score2: count, score3: count, score4: count, score5: count };

export type ScoreCountField = keyof typeof scoreCountFields;
export type ScoreCountInputs = Record<ScoreCountField, number>;

/**
 * An example firm where 82 % gave a 4 or a 5, the share that pleased the executives of the
 * chapter's opening case (the split between scores is made up); the exercises then set the
 * chapter's worked distribution (250, 450, 200, 70, 30 for scores 5 to 1) themselves.
 */
export const scoreCountDefaults: ScoreCountInputs = { score1: 20, score2: 40, score3: 120, score4: 520, score5: 300 };

/** The slider's positions: switching costs 0–100 in steps of 5, kept as a level from 0 to 1. */
export const switchingCostSlider = { max: 100, step: 5, initial: 50 };

/** A firm with no customers has no retention: the form keeps its last valid counts meanwhile. */
export function noCustomers(counts: ScoreCountInputs): 'noCustomers' | null {
  return counts.score1 + counts.score2 + counts.score3 + counts.score4 + counts.score5 === 0 ? 'noCustomers' : null;
}
