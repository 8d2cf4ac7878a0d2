/**
 * Every lever's factor with its rationale and source, or plainly "illustrative teaching value";
 * an instructor may change the factors within their bounds (checked, with a message) or reset them.
 */
import type { CalibrationView, LeverView } from '../../lib/queue/sceneText.ts';
import type { WaitLeverId } from '../../lib/queue/waitLevers.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { NumberField } from '../shared/NumberField.tsx';

interface Props {
  levers: readonly LeverView[];
  calibration: CalibrationView;
  factors: Record<WaitLeverId, string>;
  problems: Partial<Record<WaitLeverId, string>>;
  /** Each factor's label with its bounds (see factorLabel.ts). */
  labels: Partial<Record<WaitLeverId, string>>;
  strings: QueueSimulatorStrings['assumptions'];
  onFactor: (id: WaitLeverId, value: string) => void;
  onReset: () => void;
}

export function AssumptionsPanel({
  levers,
  calibration,
  factors,
  problems,
  labels,
  strings,
  onFactor,
  onReset,
}: Props) {
  return (
    <details class="queue-assumptions">
      <summary id="queue-assumptions-summary">{strings.heading}</summary>
      <p>{strings.lead}</p>
      <div class="queue-assumption-list">
        {levers.map((lever) => {
          const id = `queue-factor-${lever.id}`;
          return (
            <div class="queue-assumption" key={lever.id}>
              <NumberField
                id={id}
                label={labels[lever.id] ?? lever.label}
                value={factors[lever.id]}
                problem={problems[lever.id]}
                describedBy={`${id}-about`}
                onInput={(value) => onFactor(lever.id, value)}
              />
              <div id={`${id}-about`} class="queue-assumption-about">
                <p>{lever.rationale}</p>
                <p class="widget-note">
                  {lever.source ? fillTemplate(strings.measuredSource, { source: lever.source }) : strings.illustrative}{' '}
                  {fillTemplate(strings.proposedBy, { who: lever.proposition })}
                </p>
              </div>
            </div>
          );
        })}
      </div>
      <p class="widget-note">
        {fillTemplate(strings.calibration, {
          context: calibration.context,
          source: calibration.source,
        })}
      </p>
      <button type="button" class="button-secondary" id="queue-factors-reset" onClick={onReset}>
        {strings.reset}
      </button>
    </details>
  );
}
