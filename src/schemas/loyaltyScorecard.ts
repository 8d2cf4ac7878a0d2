/**
 * The loyalty scorecard's fields (chapter 5): for each of the seven measures a weight, typed in
 * percent and kept as a fraction, and a 1–5 rating for each of the two customers (or brands),
 * decimals allowed so a group can enter its average. The presets are in
 * loyaltyScorecardPresets.ts.
 */
import {
  loyaltyMeasures,
  type LoyaltyMeasure,
  type PerMeasure,
  type Rated,
} from '../lib/loyalty-scorecard/loyaltyMeasures.ts';
import type { NumberField } from './numberField.ts';
import { numberField } from './numberField.ts';

/** A box of the scorecard: a measure's weight, or one customer's rating on it. */
export type ScorecardColumn = 'weight' | Rated;
export type ScorecardField = `${ScorecardColumn}-${LoyaltyMeasure}`;
export type ScorecardValues = Record<ScorecardField, number>;

export const scorecardColumns: readonly ScorecardColumn[] = ['weight', 'a', 'b'];

const weight = numberField({ min: 0, max: 1, percent: true });
const rating = numberField({ min: 1, max: 5 });

export const scorecardFields = Object.fromEntries(
  loyaltyMeasures.flatMap((measure) =>
    scorecardColumns.map((column) => [`${column}-${measure}`, column === 'weight' ? weight : rating]),
  ),
) as Record<ScorecardField, NumberField>;

/** One column of the form as one value per measure. */
export function scorecardColumn(values: Readonly<ScorecardValues>, column: ScorecardColumn): PerMeasure {
  const per = {} as Record<LoyaltyMeasure, number>;
  for (const measure of loyaltyMeasures) per[measure] = values[`${column}-${measure}`];
  return per;
}
