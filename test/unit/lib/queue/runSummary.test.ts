import { describe, expect, it } from 'vitest';
import type { WaitSetting } from '../../../../src/lib/queue/perceivedWait.ts';
import type { QueueResult } from '../../../../src/lib/queue/queueSimulation.ts';
import { summariseRun, waitHistogram } from '../../../../src/lib/queue/runSummary.ts';
import { customer } from './customerRecord.ts';

/**
 * Four customers worked by hand. Only "nothing to do" is on (× 1.15) and being overtaken adds the
 * default unfairness (× 1.2); the scene accepts 2 minutes.
 *   A arrives at 0, served at once: waits 0, feels 0.
 *   B arrives at 1, overtaken, served at 4: waits 3, feels 3 × 1.15 × 1.2 = 4.14 (over 2).
 *   C arrives at 2 and walks away: not counted as waiting.
 *   D arrives at 2, gives up at 3.5: waited 1.5, feels 1.725 (under 2); never served.
 */
const customers = [
  customer({ id: 0, arrival: 0, serviceStart: 0, server: 0, end: 1 }),
  customer({ id: 1, arrival: 1, serviceStart: 4, server: 0, end: 5, overtaken: true }),
  customer({ id: 2, arrival: 2, end: 2, outcome: 'balked' }),
  customer({ id: 3, arrival: 2, end: 3.5, outcome: 'reneged' }),
];
const setting: WaitSetting = { active: ['unoccupied'], toleranceMinutes: 2 };

const result: QueueResult = {
  done: true,
  minutes: 5,
  arrived: 4,
  served: 2,
  balked: 1,
  reneged: 1,
  balkedShare: 0.25,
  renegedShare: 0.25,
  wait: null,
  timeInSystem: null,
  utilisation: 0.4,
  serverUtilisation: [0.4],
  meanQueueLength: 0.9,
  queueLength: [
    { time: 0, length: 0, peak: 0 },
    { time: 1, length: 1, peak: 1 },
    { time: 2, length: 2, peak: 2 },
    { time: 3.5, length: 1, peak: 1 },
    { time: 4, length: 0, peak: 0 },
  ],
  overtakes: 1,
  overtakenCustomers: 1,
  customers,
};

describe('a run summarised for the reader', () => {
  it('compares actual and perceived waits of the customers who were served', () => {
    const summary = summariseRun(result, setting);
    // Served: A (0) and B (3). Mean 1.5; median of two values is their midpoint; the 95th
    // percentile by interpolation is 0 + 0.95 × 3 = 2.85.
    expect(summary.actualWait!.mean).toBeCloseTo(1.5, 12);
    expect(summary.actualWait!.median).toBeCloseTo(1.5, 12);
    expect(summary.actualWait!.p95).toBeCloseTo(2.85, 12);
    expect(summary.perceivedWait!.mean).toBeCloseTo(4.14 / 2, 12);
    expect(summary.perceivedWait!.p95).toBeCloseTo(0.95 * 4.14, 12);
    // A began at once, B waited 3 minutes: one of the two waited at all.
    expect(summary.waitedShare).toBe(0.5);
  });

  it('counts tolerance and overtaking among everyone who joined a line (A, B and D)', () => {
    const summary = summariseRun(result, setting);
    expect(summary.shareOverTolerance).toBeCloseTo(1 / 3, 12);
    expect(summary.overtakenShare).toBeCloseTo(1 / 3, 12);
    expect(summary.toleranceMinutes).toBe(2);
    // The value of the service raises what people accept: 2 × 1.5 = 3 minutes; B's 4.14 is still over.
    const valued = summariseRun(result, { ...setting, active: ['unoccupied', 'valuableService'] });
    expect(valued.toleranceMinutes).toBeCloseTo(3, 12);
    expect(valued.shareOverTolerance).toBeCloseTo(1 / 3, 12);
  });

  it('finds the longest line and when it formed', () => {
    expect(summariseRun(result, setting).peakQueue).toEqual({ length: 2, minute: 2 });
    expect(summariseRun(result, setting).balkedShare).toBe(0.25);
  });
});

describe('the wait distribution', () => {
  it('puts actual and perceived waits into the same round bins', () => {
    const histogram = waitHistogram(customers, setting);
    expect(histogram.total).toBe(2);
    // The 99th percentile of the perceived waits {0, 4.14} is 0.99 × 4.14 ≈ 4.10; about eight bins
    // would be 0.51 minutes wide, rounded up to the next round width: 1 minute, from 0 to 5.
    expect(histogram.bins).toHaveLength(5);
    expect(histogram.bins[0]).toEqual({ from: 0, to: 1, actual: 1, perceived: 1 });
    expect(histogram.bins.at(-1)!.to).toBe(5);
    const actual = histogram.bins.find((bin) => bin.actual > 0 && bin.from > 0)!;
    const perceived = histogram.bins.find((bin) => bin.perceived > 0 && bin.from > 0)!;
    expect([actual.from, actual.to]).toEqual([3, 4]);
    expect([perceived.from, perceived.to]).toEqual([4, 5]);
    expect(histogram.bins.reduce((sum, bin) => sum + bin.actual, 0)).toBe(2);
    expect(histogram.bins.reduce((sum, bin) => sum + bin.perceived, 0)).toBe(2);
  });

  it('is empty when nobody was served', () => {
    expect(waitHistogram([customers[2]!, customers[3]!], setting)).toEqual({ bins: [], total: 0, lastBinOpen: false });
  });
});
