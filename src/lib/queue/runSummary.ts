/**
 * What the simulator reports after a run, in numbers a view can put into sentences: actual and
 * perceived waits of the customers who were served, utilisation, who balked or gave up,
 * overtaking, and how many felt they waited longer than they accept. Also the wait distribution
 * (actual vs perceived) in bins for a chart and its table.
 */
import { niceTicks } from '../chart/niceTicks.ts';
import { assessWaitExperience, perceivedWait, type WaitSetting } from './perceivedWait.ts';
import type { CustomerRecord, QueueResult } from './queueSimulation.ts';
import { waitLevers, type WaitLever } from './waitLevers.ts';
import { quantile, summariseDurations, type DurationSummary } from './waitStatistics.ts';

export interface RunSummary {
  arrived: number;
  served: number;
  /** Minutes in line before service began, for the customers whose service began. */
  actualWait: DurationSummary | null;
  /** The same customers' waits as they felt them. */
  perceivedWait: DurationSummary | null;
  /** Share of the customers whose service began who waited at all first (0 when none began). */
  waitedShare: number;
  utilisation: number;
  balkedShare: number;
  renegedShare: number;
  overtakes: number;
  /** Share of the customers who joined a line who were overtaken at least once. */
  overtakenShare: number;
  /** Share of the customers who joined a line whose perceived wait exceeded `toleranceMinutes`. */
  shareOverTolerance: number;
  toleranceMinutes: number;
  meanQueueLength: number;
  /** The longest line seen (all lines together) and when. */
  peakQueue: { length: number; minute: number };
  /** Simulated minutes from the first arrival to the last departure. */
  minutes: number;
}

/** Actual and perceived waits, in minutes, of the customers whose service began. */
export function servedWaits(
  customers: readonly CustomerRecord[],
  setting: WaitSetting,
  levers: readonly WaitLever[] = waitLevers,
): { actual: Float64Array; perceived: Float64Array } {
  const actual: number[] = [];
  const perceived: number[] = [];
  for (const customer of customers) {
    if (customer.serviceStart === null) continue;
    const wait = customer.serviceStart - customer.arrival;
    actual.push(wait);
    perceived.push(perceivedWait(wait, customer, setting, levers));
  }
  return { actual: Float64Array.from(actual), perceived: Float64Array.from(perceived) };
}

export function summariseRun(
  result: QueueResult,
  setting: WaitSetting,
  levers: readonly WaitLever[] = waitLevers,
): RunSummary {
  const waits = servedWaits(result.customers, setting, levers);
  const experience = assessWaitExperience(result.customers, setting, result.minutes, levers);
  let peakQueue = { length: 0, minute: 0 };
  for (const point of result.queueLength)
    if (point.peak > peakQueue.length) peakQueue = { length: point.peak, minute: point.time };
  return {
    arrived: result.arrived,
    served: result.served,
    actualWait: summariseDurations(waits.actual),
    perceivedWait: summariseDurations(waits.perceived),
    waitedShare: waits.actual.length === 0 ? 0 : waits.actual.filter((wait) => wait > 0).length / waits.actual.length,
    utilisation: result.utilisation,
    balkedShare: result.balkedShare,
    renegedShare: result.renegedShare,
    overtakes: result.overtakes,
    overtakenShare: experience.shareOvertaken,
    shareOverTolerance: experience.shareOverTolerance,
    toleranceMinutes: experience.toleranceMinutes,
    meanQueueLength: result.meanQueueLength,
    peakQueue,
    minutes: result.minutes,
  };
}

export interface WaitBin {
  /** Lower edge in minutes (included). */
  from: number;
  /** Upper edge in minutes (excluded); for the last bin, every longer wait is counted too. */
  to: number;
  actual: number;
  perceived: number;
}

export interface WaitHistogram {
  bins: WaitBin[];
  /** Customers counted (those whose service began). */
  total: number;
  /** The last bin also holds every wait beyond its upper edge. */
  lastBinOpen: boolean;
}

/**
 * Actual and perceived waits counted in the same bins, so the two distributions can be compared
 * bar by bar. The bins are round numbers of minutes reaching the 99th percentile of the perceived
 * waits; the rare longer waits join the last bin rather than stretch the chart.
 */
export function waitHistogram(
  customers: readonly CustomerRecord[],
  setting: WaitSetting,
  targetBins = 8,
  levers: readonly WaitLever[] = waitLevers,
): WaitHistogram {
  const { actual, perceived } = servedWaits(customers, setting, levers);
  if (actual.length === 0) return { bins: [], total: 0, lastBinOpen: false };
  const reach = quantile(perceived, 0.99);
  const edges = niceTicks(reach, targetBins + 1);
  // A top edge of exactly the 99th percentile would leave it out of every bin: go one step further.
  if (edges[edges.length - 1]! <= reach) edges.push(edges[edges.length - 1]! + (edges[1]! - edges[0]!));
  const bins: WaitBin[] = edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1]!, actual: 0, perceived: 0 }));
  const binOf = (wait: number) => {
    const step = edges[1]! - edges[0]!;
    return Math.min(bins.length - 1, Math.floor(wait / step));
  };
  let beyond = false;
  const top = edges[edges.length - 1]!;
  for (let i = 0; i < actual.length; i++) {
    bins[binOf(actual[i]!)]!.actual++;
    bins[binOf(perceived[i]!)]!.perceived++;
    if (perceived[i]! >= top || actual[i]! >= top) beyond = true;
  }
  return { bins, total: actual.length, lastBinOpen: beyond };
}
