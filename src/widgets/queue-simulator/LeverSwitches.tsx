/** The psychology of the wait as plain-language switches, and the wait the scene's customers accept. */
import type { LeverView } from '../../lib/queue/sceneText.ts';
import type { WaitLeverId } from '../../lib/queue/waitLevers.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { NumberField } from '../shared/NumberField.tsx';

interface Props {
  levers: readonly LeverView[];
  active: readonly WaitLeverId[];
  tolerance: string;
  toleranceProblem?: string | undefined;
  /** The unfairness factor in force, for the note that says fairness is measured. */
  unfairFactor: string;
  strings: QueueSimulatorStrings;
  formats: NumberFormats;
  onToggle: (id: WaitLeverId, on: boolean) => void;
  onTolerance: (value: string) => void;
}

export function LeverSwitches({
  levers,
  active,
  tolerance,
  toleranceProblem,
  unfairFactor,
  strings,
  onToggle,
  onTolerance,
}: Props) {
  return (
    <div class="queue-levers">
      <fieldset class="queue-options queue-lever-list">
        <legend>{strings.leversLegend}</legend>
        {levers
          .filter((lever) => lever.decidedBy === 'setting')
          .map((lever) => (
            <label class="option-row" key={lever.id}>
              <input
                type="checkbox"
                id={`queue-lever-${lever.id}`}
                checked={active.includes(lever.id)}
                onChange={(event) => onToggle(lever.id, event.currentTarget.checked)}
              />
              {lever.label}
            </label>
          ))}
      </fieldset>
      <p class="widget-note">{fillTemplate(strings.unfairNote, { factor: unfairFactor })}</p>
      <div class="widget-form">
        <NumberField
          id="queue-toleranceMinutes"
          label={strings.fields.toleranceMinutes}
          value={tolerance}
          problem={toleranceProblem}
          onInput={onTolerance}
        />
      </div>
    </div>
  );
}
