/** The choice of convention for the infinite-horizon margin multiple (the cohort table keeps its own). */
import type { LifetimeValueStrings } from '../../i18n/types.ts';
import type { MarginTiming } from '../../lib/clv/marginMultiple.ts';

interface Props {
  timing: MarginTiming;
  strings: Pick<LifetimeValueStrings, 'timingLegend' | 'timingEndOfPeriod' | 'timingUpFront'>;
  onChoose: (timing: MarginTiming) => void;
}

const choices: readonly MarginTiming[] = ['endOfPeriod', 'upFront'];

export function TimingChoice({ timing, strings, onChoose }: Props) {
  return (
    <fieldset class="clv-timing">
      <legend>{strings.timingLegend}</legend>
      {choices.map((choice) => (
        <label class="option-row" key={choice}>
          <input
            type="radio"
            id={`clv-timing-${choice}`}
            name="clv-timing"
            value={choice}
            checked={timing === choice}
            onChange={() => onChoose(choice)}
          />
          {choice === 'endOfPeriod' ? strings.timingEndOfPeriod : strings.timingUpFront}
        </label>
      ))}
    </fieldset>
  );
}
