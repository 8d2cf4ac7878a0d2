/**
 * Runs one queue simulation off the page's main thread, so even 100 000 customers never freeze
 * scrolling or typing: reports progress as it goes, then sends the summary, the charts' data and
 * the customer records (as typed arrays, transferred rather than copied) for the animation.
 */
import { createSimulation } from '../../lib/queue/queueSimulation.ts';
import { customerColumns, indexTimeline } from '../../lib/queue/lineTimeline.ts';
import { summariseRun, waitHistogram } from '../../lib/queue/runSummary.ts';
import type { RunReport, RunRequest } from './runProtocol.ts';

/** Events handled between progress reports; small enough for a smooth bar, large enough to cost nothing. */
const EVENTS_PER_STEP = 20_000;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: RunReport, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data: { config, setting } }) => {
  try {
    const simulation = createSimulation(config);
    while (!simulation.advance(EVENTS_PER_STEP)) scope.postMessage({ kind: 'progress', share: simulation.progress() });
    const result = simulation.result();
    const columns = customerColumns(result.customers);
    const timelineIndex = indexTimeline(columns);
    const output = {
      summary: summariseRun(result, setting),
      histogram: waitHistogram(result.customers, setting),
      queueLength: result.queueLength,
      columns,
      timelineIndex,
    };
    scope.postMessage(
      { kind: 'done', output },
      [...Object.values(columns), ...timelineIndex.leftBefore].map(
        (column: ArrayBufferView) => column.buffer as ArrayBuffer,
      ),
    );
  } catch (error) {
    scope.postMessage({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
