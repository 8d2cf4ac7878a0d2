/**
 * The scenario picker: each scenario's title, business and what went wrong, the best ending reached
 * so far on this device, and a button to start it (or to continue a conversation left midway).
 */
import type { Ref } from 'preact';
import type { ScenarioView } from '../../lib/roleplay/scenarioView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { RoleplayRecord } from '../../schemas/progress.ts';
import type { RoleplayStrings } from '../../i18n/types.ts';

interface Props {
  scenarios: ScenarioView[];
  saved: Record<string, RoleplayRecord>;
  strings: RoleplayStrings;
  onStart: (scenarioId: string) => void;
  headingRef: Ref<HTMLHeadingElement>;
}

export function ScenarioPicker({ scenarios, saved, strings, onStart, headingRef }: Props) {
  return (
    <>
      <h4 class="roleplay-heading" tabIndex={-1} ref={headingRef}>
        {strings.pickerTitle}
      </h4>
      <ul class="roleplay-scenarios">
        {scenarios.map((scenario) => {
          const record = saved[scenario.id];
          return (
            <li key={scenario.id} class="roleplay-scenario">
              <h5 id={`roleplay-${scenario.id}-title`}>{scenario.title}</h5>
              <dl>
                <dt>{strings.business}</dt>
                <dd>{scenario.business}</dd>
                <dt>{strings.failure}</dt>
                <dd>{scenario.failure}</dd>
              </dl>
              {record?.best && (
                <p class="roleplay-best" data-testid={`roleplay-best-${scenario.id}`}>
                  {fillTemplate(strings.bestSoFar, { ending: strings.endings[record.best.ending] })}
                </p>
              )}
              <button
                type="button"
                class="button"
                id={`roleplay-start-${scenario.id}`}
                aria-labelledby={`roleplay-start-${scenario.id} roleplay-${scenario.id}-title`}
                onClick={() => onStart(scenario.id)}
              >
                {record && record.path.length > 0 ? strings.continue : strings.start}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
