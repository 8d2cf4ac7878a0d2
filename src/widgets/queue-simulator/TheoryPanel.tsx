/**
 * The closed-form answer beside a run, where the setting has one: the formula's long-run values
 * next to the run's, Little's law checked on the run, and why the two differ; otherwise why no
 * formula applies. Loaded after the first run (ResultsSection), not with the chapter.
 */
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import type { QueueConfig } from '../../lib/queue/queueConfig.ts';
import type { RunSummary } from '../../lib/queue/runSummary.ts';
import { closedFormFor, serviceCv } from '../../lib/queue-theory/closedForm.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';

interface Props {
  config: QueueConfig;
  summary: RunSummary;
  strings: QueueSimulatorStrings['theory'];
  formats: NumberFormats;
}

export function TheoryPanel({ config, summary, strings, formats }: Props) {
  const form = closedFormFor(config);
  const rows: [string, number, number][] = [];
  let intro: string;
  if (form.kind === 'waiting') {
    intro = fillTemplate(strings.intro[form.model], { cv: formats.decimal(serviceCv(config.service)) });
    const meanWait = summary.actualWait?.mean ?? 0;
    rows.push(
      [strings.meanWait, form.result.meanWait, meanWait],
      [strings.waitShare, form.result.waitProbability, summary.waitedShare],
      [strings.meanQueue, form.result.meanQueue, summary.meanQueueLength],
      [strings.utilisation, form.result.utilisation, summary.utilisation],
    );
  } else if (form.kind === 'loss') {
    intro = strings.lossIntro;
    rows.push(
      [strings.blockedShare, form.blockedShare, summary.balkedShare],
      [strings.utilisation, form.utilisation, summary.utilisation],
    );
  } else {
    intro =
      form.kind === 'unstable'
        ? fillTemplate(strings.unstable, { load: formats.percent(form.utilisation) })
        : strings.none[form.reason];
  }
  const shares = new Set([strings.waitShare, strings.utilisation, strings.blockedShare]);
  const shown = (label: string, value: number) => (shares.has(label) ? formats.percent(value) : formats.precise(value));
  // Little's law over the run: customers starting service per minute × their mean wait.
  const rate = summary.minutes > 0 ? summary.served / summary.minutes : 0;
  const wait = summary.actualWait?.mean ?? 0;
  return (
    <section class="queue-theory" aria-labelledby="queue-theory-title">
      <h5 id="queue-theory-title">{strings.heading}</h5>
      <p>{intro}</p>
      {rows.length > 0 && (
        <>
          <table class="queue-theory-table">
            <caption>{strings.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.columnMeasure}</th>
                <th scope="col">{strings.columnFormula}</th>
                <th scope="col">{strings.columnRun}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, formula, run]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{shown(label, formula)}</td>
                  <td>{shown(label, run)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {form.kind === 'waiting' && (
            <p>
              {fillTemplate(strings.little, {
                rate: formats.precise(rate),
                wait: formats.precise(wait),
                product: formats.precise(rate * wait),
                queue: formats.precise(summary.meanQueueLength),
              })}
            </p>
          )}
          <p class="widget-note">{strings.why}</p>
        </>
      )}
    </section>
  );
}
