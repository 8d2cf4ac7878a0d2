/**
 * One measure of the scorecard as a group: its name, what it leans to and what a 5 means (the
 * group's legend, so a screen reader hears them with each box), its weight and the two ratings,
 * and its contribution to each index worked out beside them.
 */
import type { LoyaltyMeasure } from '../../lib/loyalty-scorecard/loyaltyMeasures.ts';
import type { ScorecardColumn, ScorecardField } from '../../schemas/loyaltyScorecard.ts';
import { scorecardColumns } from '../../schemas/loyaltyScorecard.ts';
import { NumberField } from '../shared/NumberField.tsx';

interface Props {
  measure: LoyaltyMeasure;
  /** "Repeat purchases · behaviour". */
  name: string;
  scale: string;
  /** The visible label of each box: "Weight (%)", "A" and "B". */
  labels: Record<ScorecardColumn, string>;
  texts: Readonly<Record<ScorecardField, string>>;
  problems: Partial<Record<ScorecardField, string>>;
  /** The weight total's message, while the weights do not add up to 100 %. */
  weightsProblemId: string | undefined;
  contribution: string;
  onInput: (field: ScorecardField, text: string) => void;
}

export function MeasureFields({
  measure,
  name,
  scale,
  labels,
  texts,
  problems,
  weightsProblemId,
  contribution,
  onInput,
}: Props) {
  return (
    <fieldset class="scorecard-measure">
      <legend>
        {name}
        <span class="scorecard-scale">{scale}</span>
      </legend>
      {scorecardColumns.map((column) => {
        const field: ScorecardField = `${column}-${measure}`;
        return (
          <NumberField
            key={field}
            id={`scorecard-${field}`}
            label={labels[column]}
            value={texts[field]}
            problem={problems[field]}
            crossProblemId={column === 'weight' ? weightsProblemId : undefined}
            onInput={(text) => onInput(field, text)}
          />
        );
      })}
      <p class="scorecard-contribution">{contribution}</p>
    </fieldset>
  );
}
