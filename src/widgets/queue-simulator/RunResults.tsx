/** A run's measures, each in one sentence in the page's language. */
import type { RunSummary } from '../../lib/queue/runSummary.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { QueueSimulatorStrings } from '../../i18n/types.ts';

interface Props {
  summary: RunSummary;
  seed: number;
  /** The customers allowed in a run of one day, which may end first; undefined when arrivals go on. */
  dayCap?: number | undefined;
  strings: QueueSimulatorStrings;
  formats: NumberFormats;
}

type Measure = keyof QueueSimulatorStrings['measures'];

export function RunResults({ summary, seed, dayCap, strings, formats }: Props) {
  const { explain } = strings;
  const minutes = formats.decimal;
  const waitSentence = (template: string, pick: 'mean' | 'median' | 'p95') =>
    summary.actualWait && summary.perceivedWait
      ? fillTemplate(template, {
          actual: minutes(summary.actualWait[pick]),
          perceived: minutes(summary.perceivedWait[pick]),
        })
      : explain.noWait;
  const sentences: [Measure, string][] = [
    ['meanWait', waitSentence(explain.meanWait, 'mean')],
    ['medianWait', waitSentence(explain.medianWait, 'median')],
    ['p95Wait', waitSentence(explain.p95Wait, 'p95')],
    ['utilisation', fillTemplate(explain.utilisation, { share: formats.percent(summary.utilisation) })],
    ['balked', fillTemplate(explain.balked, { share: formats.percent(summary.balkedShare) })],
    ['reneged', fillTemplate(explain.reneged, { share: formats.percent(summary.renegedShare) })],
    [
      'overtakes',
      summary.overtakes > 0
        ? fillTemplate(explain.overtakes, {
            count: formats.count(summary.overtakes),
            share: formats.percent(summary.overtakenShare),
          })
        : explain.noOvertakes,
    ],
    [
      'overTolerance',
      fillTemplate(explain.overTolerance, {
        share: formats.percent(summary.shareOverTolerance),
        tolerance: minutes(summary.toleranceMinutes),
      }),
    ],
  ];
  return (
    <>
      <p class="widget-note" data-testid="queue-run-facts">
        {fillTemplate(strings.runFacts, {
          customers: formats.count(summary.arrived),
          minutes: formats.count(summary.minutes),
          seed: String(seed),
        })}
        {dayCap !== undefined &&
          summary.arrived < dayCap &&
          ` ${fillTemplate(strings.dayEnded, { customers: formats.count(summary.arrived), allowed: formats.count(dayCap) })}`}
      </p>
      <dl class="queue-results">
        {sentences.map(([measure, sentence]) => (
          <div key={measure} data-testid={`queue-result-${measure}`}>
            <dt>{strings.measures[measure]}</dt>
            <dd>{sentence}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
