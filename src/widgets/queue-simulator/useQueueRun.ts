/**
 * Runs the queue simulator's simulations in a worker, one at a time: a new run, or the widget
 * leaving the page, stops the one before, and a stopped run's late messages are ignored. The hook
 * keeps the progress, a failure, and the last two finished runs for the comparison.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { QueueConfig } from '../../lib/queue/queueConfig.ts';
import type { SettingShown } from '../../lib/queue/settingsShown.ts';
import type { RunOutput, RunReport, RunRequest } from './runProtocol.ts';

/** What the runner needs of a worker (a real one in the page, a stand-in in tests). */
export interface RunWorker {
  onmessage: ((event: MessageEvent<RunReport>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(request: RunRequest): void;
  terminate(): void;
}

export interface RunEvents {
  progress: (share: number) => void;
  done: (output: RunOutput) => void;
  failed: (reason: string) => void;
}

export interface QueueRunner {
  start: (request: RunRequest, events: RunEvents) => void;
  stop: () => void;
}

const simulationWorker = (): RunWorker =>
  new Worker(new URL('./queueRun.worker.ts', import.meta.url), { type: 'module' });

export function queueRunner(makeWorker: () => RunWorker = simulationWorker): QueueRunner {
  let active: RunWorker | null = null;
  const stop = () => {
    active?.terminate();
    active = null;
  };
  const start = (request: RunRequest, events: RunEvents) => {
    stop();
    const worker = makeWorker();
    active = worker;
    worker.onmessage = ({ data }) => {
      if (active !== worker) return;
      if (data.kind === 'progress') return events.progress(data.share);
      stop();
      if (data.kind === 'done') events.done(data.output);
      else events.failed(data.reason);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (active !== worker) return;
      stop();
      events.failed(event.message || 'worker error');
    };
    worker.postMessage(request);
  };
  return { start, stop };
}

export interface CompletedRun {
  output: RunOutput;
  config: QueueConfig;
  settings: SettingShown[];
  /** The inputs that produced it, to tell when the form has moved on. */
  inputs: string;
}

export type RunState = { status: 'idle' } | { status: 'running'; share: number } | { status: 'failed'; reason: string };

interface Runs {
  current: CompletedRun | null;
  previous: CompletedRun | null;
}

export function useQueueRun() {
  const runner = useMemo(() => queueRunner(), []);
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const [runs, setRuns] = useState<Runs>({ current: null, previous: null });
  useEffect(() => runner.stop, [runner]);
  const start = (request: RunRequest, shown: Pick<CompletedRun, 'settings' | 'inputs'>) => {
    setState({ status: 'running', share: 0 });
    runner.start(request, {
      progress: (share) => setState({ status: 'running', share }),
      done: (output) => {
        setRuns(({ current }) => ({ previous: current, current: { output, config: request.config, ...shown } }));
        setState({ status: 'idle' });
      },
      failed: (reason) => setState({ status: 'failed', reason }),
    });
  };
  return { state, ...runs, start };
}
