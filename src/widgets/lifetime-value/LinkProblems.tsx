/** What a shared link held that could not be used; each such field shows its default instead. */
import type { LifetimeValueStrings } from '../../i18n/types.ts';
import type { ScenarioName, ScenarioUrlProblem } from '../../lib/clv/scenarioUrl.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

interface Props {
  problems: readonly ScenarioUrlProblem[];
  strings: Pick<LifetimeValueStrings, 'linkProblem' | 'fields'>;
  scenarioLabels: Record<ScenarioName, string>;
}

export function LinkProblems({ problems, strings, scenarioLabels }: Props) {
  if (problems.length === 0) return null;
  return (
    <ul class="link-problems" data-testid="clv-link-problems">
      {problems.map((problem, index) => (
        <li key={index}>
          <span aria-hidden="true">⚠ </span>
          {fillTemplate(strings.linkProblem, {
            label: strings.fields[problem.field],
            scenario: scenarioLabels[problem.scenario],
          })}
        </li>
      ))}
    </ul>
  );
}
