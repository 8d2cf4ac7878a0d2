/** What an exercise's link set that could not be used; each such setting shows the scene's own value. */
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import type { QueueStartKey } from '../../lib/queue/startLink.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

interface Props {
  problems: readonly QueueStartKey[];
  strings: QueueSimulatorStrings;
}

export function StartProblems({ problems, strings }: Props) {
  if (problems.length === 0) return null;
  const label = (key: QueueStartKey) =>
    key === 'preset' ? strings.presetLegend : key === 'layout' ? strings.layoutLegend : strings.fields[key];
  return (
    <ul class="link-problems" data-testid="queue-link-problems">
      {problems.map((key) => (
        <li key={key}>
          <span aria-hidden="true">⚠ </span>
          {fillTemplate(strings.linkProblem, { label: label(key) })}
        </li>
      ))}
    </ul>
  );
}
