/**
 * Who is where at any moment of a finished run, rebuilt from its per-customer records, for the
 * animated view of the line: who waits in which line (in arrival order), who is at which counter,
 * and how many have been served, walked away on arrival or given up so far. The records travel as
 * typed columns (a worker can hand them over without copying), and the timeline is built once per
 * run so each animation frame looks only at the customers who can still be inside.
 */
import type { CustomerRecord } from './queueSimulation.ts';

export const leftAs = { served: 0, balked: 1, reneged: 2, stillInside: 3 } as const;

/** A run's customers in arrival order, one typed array per field; NaN or −1 where there is no value. */
export interface CustomerColumns {
  arrival: Float64Array;
  serviceStart: Float64Array;
  end: Float64Array;
  line: Int16Array;
  server: Int16Array;
  /** One of `leftAs`. */
  outcome: Uint8Array;
}

export function customerColumns(customers: readonly CustomerRecord[]): CustomerColumns {
  const n = customers.length;
  const columns: CustomerColumns = {
    arrival: new Float64Array(n),
    serviceStart: new Float64Array(n),
    end: new Float64Array(n),
    line: new Int16Array(n),
    server: new Int16Array(n),
    outcome: new Uint8Array(n),
  };
  customers.forEach((customer, i) => {
    columns.arrival[i] = customer.arrival;
    columns.serviceStart[i] = customer.serviceStart ?? Number.NaN;
    columns.end[i] = customer.end ?? Number.NaN;
    columns.line[i] = customer.line;
    columns.server[i] = customer.server ?? -1;
    columns.outcome[i] =
      customer.outcome === 'served' || customer.outcome === 'balked' || customer.outcome === 'reneged'
        ? leftAs[customer.outcome]
        : leftAs.stillInside;
  });
  return columns;
}

export interface LineSnapshot {
  minute: number;
  /** Per line, the ids of the customers waiting in it, first in line first. */
  waiting: number[][];
  /** Per server, the id of the customer being served, or null when idle. */
  serving: (number | null)[];
  arrived: number;
  served: number;
  balked: number;
  reneged: number;
}

export interface LineTimeline {
  /** The last departure: the animation's end. */
  readonly endMinute: number;
  at(minute: number): LineSnapshot;
}

/**
 * Running totals by arrival order, built once per run (in the worker, beside the run itself):
 * everyone who arrived more than `longestStay` before a moment has left by then, so a snapshot
 * counts their outcomes from these totals instead of looking at them one by one.
 */
export interface TimelineIndex {
  /** Per outcome (`leftAs.served`, `balked`, `reneged`): how many of customers 0 … i − 1 left that way. */
  leftBefore: [Int32Array, Int32Array, Int32Array];
  longestStay: number;
  endMinute: number;
}

export function indexTimeline({ arrival, end, outcome }: CustomerColumns): TimelineIndex {
  const count = arrival.length;
  const leftBefore: TimelineIndex['leftBefore'] = [
    new Int32Array(count + 1),
    new Int32Array(count + 1),
    new Int32Array(count + 1),
  ];
  let longestStay = 0;
  let endMinute = 0;
  for (let i = 0; i < count; i++) {
    for (let kind = 0; kind < 3; kind++)
      leftBefore[kind]![i + 1] = leftBefore[kind]![i]! + (outcome[i] === kind ? 1 : 0);
    const leaving = Number.isNaN(end[i]!) ? Infinity : end[i]!;
    longestStay = Math.max(longestStay, leaving - arrival[i]!);
    endMinute = Math.max(endMinute, leaving === Infinity ? arrival[i]! : leaving);
  }
  return { leftBefore, longestStay, endMinute };
}

export function createLineTimeline(
  columns: CustomerColumns,
  servers: number,
  lineCount: number,
  index: TimelineIndex = indexTimeline(columns),
): LineTimeline {
  const { arrival, serviceStart, end, line, server, outcome } = columns;
  const count = arrival.length;
  const { leftBefore, longestStay, endMinute } = index;

  /** How many customers arrived at or before `minute` (they are ids 0 … that − 1). */
  const arrivedBy = (minute: number) => {
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (arrival[middle]! <= minute) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  return {
    endMinute,
    at(minute) {
      const arrived = arrivedBy(minute);
      const firstPossiblyInside = longestStay === Infinity ? 0 : arrivedBy(minute - longestStay);
      const left = leftBefore.map((totals) => totals[firstPossiblyInside]!);
      const waiting: number[][] = Array.from({ length: lineCount }, () => []);
      const serving = new Array<number | null>(servers).fill(null);
      for (let id = firstPossiblyInside; id < arrived; id++) {
        const leaving = Number.isNaN(end[id]!) ? Infinity : end[id]!;
        if (leaving <= minute) {
          if (outcome[id]! < 3) left[outcome[id]!]!++;
        } else if (serviceStart[id]! <= minute) {
          if (server[id]! >= 0) serving[server[id]!] = id;
        } else {
          waiting[line[id]!]?.push(id);
        }
      }
      return {
        minute,
        waiting,
        serving,
        arrived,
        served: left[leftAs.served]!,
        balked: left[leftAs.balked]!,
        reneged: left[leftAs.reneged]!,
      };
    },
  };
}
