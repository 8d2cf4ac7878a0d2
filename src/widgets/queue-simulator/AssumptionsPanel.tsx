/**
 * Every lever's factor with its rationale and source, or plainly "illustrative teaching value";
 * an instructor may change the factors within their bounds (checked, with a message) or reset them.
 */
import type { CalibrationView, LeverView } from '../../lib/queue/sceneText';
import type { WaitLeverId } from '../../lib/queue/waitLevers';
import { fillTemplate } from '../../lib/text/fillTemplate';
import type { NumberFormats } from '../../lib/text/numberFormats';
import type { QueueSimulatorStrings } from '../../i18n/types';

interface Props {
  levers: readonly LeverView[];
  calibration: CalibrationView;
  factors: Record<WaitLeverId, string>;
  problems: Partial<Record<WaitLeverId, string>>;
  strings: QueueSimulatorStrings['assumptions'];
  formats: NumberFormats;
  onFactor: (id: WaitLeverId, value: string) => void;
  onReset: () => void;
}

export function AssumptionsPanel({
  levers,
  calibration,
  factors,
  problems,
  strings,
  formats,
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
          const problem = problems[lever.id];
          return (
            <div class="queue-assumption" key={lever.id}>
              <div class="field">
                <label for={id}>
                  {fillTemplate(strings.factorLabel, {
                    lever: lever.label,
                    min: formats.decimal(lever.min),
                    max: formats.decimal(lever.max),
                  })}
                </label>
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={factors[lever.id]}
                  aria-invalid={problem ? 'true' : undefined}
                  aria-describedby={`${id}-about${problem ? ` ${id}-problem` : ''}`}
                  onInput={(event) => onFactor(lever.id, event.currentTarget.value)}
                />
                {problem && (
                  <p class="field-problem" id={`${id}-problem`}>
                    <span aria-hidden="true">⚠ </span>
                    {problem}
                  </p>
                )}
              </div>
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
