/** The messages between the queue simulator's island and the worker that runs its simulations. */
import type { CustomerColumns, TimelineIndex } from '../../lib/queue/lineTimeline.ts';
import type { WaitSetting } from '../../lib/queue/perceivedWait.ts';
import type { QueueConfig } from '../../lib/queue/queueConfig.ts';
import type { QueueLengthPoint } from '../../lib/queue/queueLengthSeries.ts';
import type { RunSummary, WaitHistogram } from '../../lib/queue/runSummary.ts';

export interface RunRequest {
  config: QueueConfig;
  setting: WaitSetting;
}

/** Everything the page shows about one finished run; the customer columns transfer without copying. */
export interface RunOutput {
  summary: RunSummary;
  histogram: WaitHistogram;
  queueLength: QueueLengthPoint[];
  columns: CustomerColumns;
  /** Built beside the run, so the page never walks 100 000 records itself. */
  timelineIndex: TimelineIndex;
}

export type RunReport =
  { kind: 'progress'; share: number } | { kind: 'done'; output: RunOutput } | { kind: 'failed'; reason: string };
