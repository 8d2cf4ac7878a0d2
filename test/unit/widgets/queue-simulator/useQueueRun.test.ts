/** The queue simulator's worker management: one run at a time, stopped runs stay silent, failures are reported. */
import { describe, expect, it } from 'vitest';
import type { RunOutput, RunReport, RunRequest } from '../../../../src/widgets/queue-simulator/runProtocol.ts';
import { queueRunner, type RunEvents, type RunWorker } from '../../../../src/widgets/queue-simulator/useQueueRun.ts';

class FakeWorker implements RunWorker {
  onmessage: RunWorker['onmessage'] = null;
  onerror: RunWorker['onerror'] = null;
  posted: RunRequest[] = [];
  terminated = false;
  postMessage(request: RunRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  report(data: RunReport) {
    this.onmessage?.({ data } as MessageEvent<RunReport>);
  }
  crash(message: string) {
    let prevented = false;
    const preventDefault = () => {
      prevented = true;
    };
    this.onerror?.({ message, preventDefault } as unknown as ErrorEvent);
    return prevented;
  }
}

function setUp() {
  const workers: FakeWorker[] = [];
  const runner = queueRunner(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  const heard: string[] = [];
  const events: RunEvents = {
    progress: (share) => heard.push(`progress ${share}`),
    done: () => heard.push('done'),
    failed: (reason) => heard.push(`failed ${reason}`),
  };
  return { runner, workers, heard, events };
}

const request = { config: { servers: 1 }, setting: { active: [], toleranceMinutes: 5 } } as unknown as RunRequest;
const output = {} as RunOutput;

describe('queueRunner', () => {
  it('sends the request, passes on progress, and lets the worker go when the run is done', () => {
    const { runner, workers, heard, events } = setUp();
    runner.start(request, events);
    const [worker] = workers;
    expect(worker!.posted).toEqual([request]);
    worker!.report({ kind: 'progress', share: 0.5 });
    expect(worker!.terminated).toBe(false);
    worker!.report({ kind: 'done', output });
    expect(heard).toEqual(['progress 0.5', 'done']);
    expect(worker!.terminated).toBe(true);
  });

  it('stops the run before when a new one starts, and ignores what the stopped one still says', () => {
    const { runner, workers, heard, events } = setUp();
    runner.start(request, events);
    runner.start(request, events);
    const [first, second] = workers;
    expect(first!.terminated).toBe(true);
    expect(second!.terminated).toBe(false);
    first!.report({ kind: 'done', output });
    expect(first!.crash('late')).toBe(true);
    expect(heard).toEqual([]);
    second!.report({ kind: 'done', output });
    expect(heard).toEqual(['done']);
  });

  it('reports a failed run and a crashed worker, keeping the crash off the console', () => {
    const { runner, workers, heard, events } = setUp();
    runner.start(request, events);
    workers[0]!.report({ kind: 'failed', reason: 'out of memory' });
    runner.start(request, events);
    expect(workers[1]!.crash('')).toBe(true);
    expect(heard).toEqual(['failed out of memory', 'failed worker error']);
    expect(workers.every((worker) => worker.terminated)).toBe(true);
  });

  it('stops a run when the widget goes away', () => {
    const { runner, workers, heard, events } = setUp();
    runner.start(request, events);
    runner.stop();
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.report({ kind: 'progress', share: 0.9 });
    expect(heard).toEqual([]);
  });
});
