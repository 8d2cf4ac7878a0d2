/**
 * The results of the latest run: its sentences, the two charts, the comparison with the run
 * before and the animated line; a note until the first run, and a hint when the settings have
 * changed since.
 */
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { LineAnimation } from './LineAnimation.tsx';
import { QueueLengthChart } from './QueueLengthChart.tsx';
import { RunComparison } from './RunComparison.tsx';
import { RunResults } from './RunResults.tsx';
import type { CompletedRun } from './useQueueRun.ts';
import { WaitDistributionChart } from './WaitDistributionChart.tsx';
import { useLazyModule } from '../shared/useLazyModule.ts';

interface Props {
  run: CompletedRun | null;
  previous: CompletedRun | null;
  /** The settings differ from those of the run shown. */
  pending: boolean;
  busy: boolean;
  strings: QueueSimulatorStrings;
  formats: NumberFormats;
}

export function ResultsSection({ run, previous, pending, busy, strings, formats }: Props) {
  return (
    <section class="queue-results-section" aria-labelledby="queue-results-title" aria-busy={busy}>
      <h4 id="queue-results-title">{strings.resultsHeading}</h4>
      {run ? (
        <Results run={run} previous={previous} pending={pending} strings={strings} formats={formats} />
      ) : (
        <p class="widget-note" data-testid="queue-not-run">
          {strings.notRun}
        </p>
      )}
    </section>
  );
}

function Results({ run, previous, pending, strings, formats }: Omit<Props, 'busy'> & { run: CompletedRun }) {
  const { summary, histogram, queueLength, columns, timelineIndex } = run.output;
  const lineCount = run.config.layout === 'single' ? 1 : run.config.servers;
  // The formulas come with the first run, so the chapter does not load them for a reader who never runs.
  const theory = useLazyModule(() => import('./TheoryPanel.tsx'), true);
  return (
    <>
      {pending && <p class="queue-pending">{strings.pendingChanges}</p>}
      <RunResults summary={summary} seed={run.config.seed} strings={strings} formats={formats} />
      {theory.state === 'ready' && (
        <theory.module.TheoryPanel config={run.config} summary={summary} strings={strings.theory} formats={formats} />
      )}
      <QueueLengthChart points={queueLength} summary={summary} strings={strings.queueChart} formats={formats} />
      <WaitDistributionChart histogram={histogram} strings={strings.waitChart} formats={formats} />
      {previous ? (
        <RunComparison
          before={{ summary: previous.output.summary, settings: previous.settings }}
          after={{ summary, settings: run.settings }}
          strings={strings}
          formats={formats}
        />
      ) : (
        <p class="widget-note">{strings.comparison.firstRun}</p>
      )}
      <LineAnimation
        columns={columns}
        index={timelineIndex}
        servers={run.config.servers}
        lineCount={lineCount}
        peakMinute={summary.peakQueue.minute}
        strings={strings.animation}
        formats={formats}
      />
    </>
  );
}
