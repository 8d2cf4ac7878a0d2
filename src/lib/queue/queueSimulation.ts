/**
 * Discrete-event simulation of a service point with c servers, one serpentine line or one line
 * per server, with balking and reneging. Runs in chunks (`advance`) so a page can spread 100 000
 * customers over idle moments or a worker; a chunked run gives exactly the one-shot result.
 */
import { createArrivalClock, type ArrivalClock } from './arrivalClock.ts';
import { EventQueue, eventKind } from './eventQueue.ts';
import type { QueueConfig } from './queueConfig.ts';
import { QueueLengthRecorder, type QueueLengthPoint } from './queueLengthSeries.ts';
import { createRandomStreams, type RandomStreams } from './randomStreams.ts';
import { exponential } from './randomVariates.ts';
import { drawServiceTime } from './serviceTimes.ts';
import { summariseDurations, type DurationSummary } from './waitStatistics.ts';
import { WaitingRoster } from './waitingRoster.ts';

export type CustomerOutcome = 'waiting' | 'inService' | 'served' | 'balked' | 'reneged';
// Outcome codes in a typed array; 0 means "has not arrived yet".
const WAITING = 1;
const IN_SERVICE = 2;
const SERVED = 3;
const BALKED = 4;
const RENEGED = 5;
const outcomeNames: Record<number, CustomerOutcome> = {
  [WAITING]: 'waiting',
  [IN_SERVICE]: 'inService',
  [SERVED]: 'served',
  [BALKED]: 'balked',
  [RENEGED]: 'reneged',
};

/** One customer's story, for a view that animates the run. Times in minutes from the start. */
export interface CustomerRecord {
  /** Arrival order, from 0. */
  id: number;
  arrival: number;
  /** The line joined (always 0 with one serpentine line). */
  line: number;
  /** How long this customer's service takes (drawn on arrival, used only if served). */
  serviceMinutes: number;
  serviceStart: number | null;
  server: number | null;
  /** Leaving time: end of service, moment of giving up, or arrival for a balk; null if still inside. */
  end: number | null;
  outcome: CustomerOutcome;
  /** Someone who arrived later began service while this customer was still waiting. */
  overtaken: boolean;
}

export interface QueueResult {
  /** True once every customer has left; before that the figures describe the run so far. */
  done: boolean;
  /** Simulated minutes elapsed: the last departure once the run is done. */
  minutes: number;
  arrived: number;
  served: number;
  balked: number;
  reneged: number;
  /** Shares of the customers who arrived. */
  balkedShare: number;
  renegedShare: number;
  /** Time in the queue of the customers whose service began (null if none). */
  wait: DurationSummary | null;
  /** Arrival to end of service, for the customers served. */
  timeInSystem: DurationSummary | null;
  /** Busy server-minutes ÷ (servers × minutes). */
  utilisation: number;
  serverUtilisation: number[];
  /** Time-averaged number of people waiting (all lines together) over the run. */
  meanQueueLength: number;
  queueLength: QueueLengthPoint[];
  /** Overtaking pairs, defined at `startService` below; always 0 with one serpentine line. */
  overtakes: number;
  /** Customers overtaken at least once. */
  overtakenCustomers: number;
  customers: CustomerRecord[];
}

export interface QueueSimulation {
  readonly done: boolean;
  /** Handles up to `maxEvents` events (arrivals, departures, give-ups); returns `done`. */
  advance(maxEvents: number): boolean;
  /**
   * How far the run has got, 0 to 1, for a progress bar: the share of the customer limit that has
   * arrived, or for a one-off day profile the share of the day elapsed if that is further (such a
   * day usually ends well before the limit). 1 once done.
   */
  progress(): number;
  result(): QueueResult;
}

/** Starts a run of a validated configuration (see `validateQueueConfig`). */
export function createSimulation(config: QueueConfig): QueueSimulation {
  return new QueueEngine(config);
}

/** Runs a validated configuration to the end in one go. */
export function simulate(config: QueueConfig): QueueResult {
  const simulation = createSimulation(config);
  while (!simulation.advance(1_000_000));
  return simulation.result();
}

class QueueEngine implements QueueSimulation {
  private readonly config: QueueConfig;
  private readonly capacity: number;
  private readonly streams: RandomStreams;
  private readonly nextArrival: ArrivalClock;
  private readonly events = new EventQueue();
  private readonly roster: WaitingRoster;
  private readonly recorder = new QueueLengthRecorder();

  // Per customer, indexed by arrival order.
  private readonly arrival: Float64Array;
  private readonly serviceMinutes: Float64Array;
  private readonly serviceStart: Float64Array;
  private readonly leaving: Float64Array;
  private readonly lineOf: Int16Array;
  private readonly serverOf: Int16Array;
  private readonly outcome: Uint8Array;
  private readonly overtaken: Uint8Array;

  // Per line: customer ids in arrival order from `head` on; those who gave up are skipped lazily.
  private readonly lines: number[][];
  private readonly heads: number[];
  private readonly waitingInLine: number[];
  /** Per line, the largest customer id already examined for being overtaken. */
  private readonly markedThrough: number[];

  // Per server: the customer being served (−1 when idle) and completed busy minutes.
  private readonly serving: Int32Array;
  private readonly busyMinutes: Float64Array;

  private now = 0;
  private arrived = 0;
  private served = 0;
  private balked = 0;
  private reneged = 0;
  private overtakes = 0;
  private waiting = 0;
  private queueArea = 0;
  private lastQueueChange = 0;

  constructor(config: QueueConfig) {
    this.config = config;
    const { arrivals, servers, layout } = config;
    this.capacity =
      arrivals.kind === 'scheduled' ? Math.min(arrivals.times.length, config.customers) : config.customers;
    this.streams = createRandomStreams(config.seed);
    this.nextArrival = createArrivalClock(arrivals, this.streams.arrivals);
    this.roster = new WaitingRoster(this.capacity);
    const n = this.capacity;
    this.arrival = new Float64Array(n);
    this.serviceMinutes = new Float64Array(n);
    this.serviceStart = new Float64Array(n).fill(Number.NaN);
    this.leaving = new Float64Array(n).fill(Number.NaN);
    this.lineOf = new Int16Array(n);
    this.serverOf = new Int16Array(n).fill(-1);
    this.outcome = new Uint8Array(n);
    this.overtaken = new Uint8Array(n);
    const lineCount = layout === 'single' ? 1 : servers;
    this.lines = Array.from({ length: lineCount }, () => []);
    this.heads = new Array<number>(lineCount).fill(0);
    this.waitingInLine = new Array<number>(lineCount).fill(0);
    this.markedThrough = new Array<number>(lineCount).fill(-1);
    this.serving = new Int32Array(servers).fill(-1);
    this.busyMinutes = new Float64Array(servers);
    const first = this.nextArrival();
    if (first !== null) this.events.push(first, eventKind.arrival, 0);
  }

  get done(): boolean {
    return this.events.size === 0;
  }

  advance(maxEvents: number): boolean {
    for (let handled = 0; handled < maxEvents; handled++) {
      const event = this.events.pop();
      if (event === undefined) break;
      this.now = event.time;
      if (event.kind === eventKind.arrival) this.arrive(event.customer);
      else if (event.kind === eventKind.departure) this.depart(event.customer);
      else this.renege(event.customer);
    }
    return this.done;
  }

  progress(): number {
    if (this.done) return 1;
    const byCustomers = this.arrived / this.capacity;
    const { arrivals } = this.config;
    if (arrivals.kind !== 'piecewise' || arrivals.repeat) return byCustomers;
    const dayMinutes = arrivals.segments.reduce((sum, segment) => sum + segment.minutes, 0);
    return Math.max(byCustomers, Math.min(1, this.now / dayMinutes));
  }

  private arrive(id: number): void {
    const { config, streams, now } = this;
    this.arrival[id] = now;
    // Every customer draws a service time and a patience, used or not, so that the streams stay
    // aligned across layouts and settings (common random numbers).
    this.serviceMinutes[id] = drawServiceTime(config.service, streams.service);
    const patience = config.reneging ? exponential(streams.patience, config.reneging.meanPatienceMinutes) : Infinity;
    this.arrived = id + 1;
    if (id + 1 < this.capacity) {
      const next = this.nextArrival();
      if (next !== null) this.events.push(next, eventKind.arrival, id + 1);
    }

    const line = this.chooseLine();
    this.lineOf[id] = line;
    const server = this.idleServerFor(line);
    if (server >= 0) {
      this.startService(id, server);
      return;
    }
    if (config.balking && this.waitingInLine[line]! >= config.balking.limit) {
      this.outcome[id] = BALKED;
      this.leaving[id] = now;
      this.balked++;
      return;
    }
    this.outcome[id] = WAITING;
    this.lines[line]!.push(id);
    this.waitingInLine[line]!++;
    this.roster.add(id);
    this.changeWaiting(+1);
    if (patience < Infinity) this.events.push(now + patience, eventKind.renege, id);
  }

  /**
   * One line: line 0. One line per server: the shortest, counting the person at the counter
   * (what a customer sees), ties to the lowest number.
   */
  private chooseLine(): number {
    if (this.lines.length === 1) return 0;
    let best = 0;
    let bestLength = Infinity;
    for (let line = 0; line < this.lines.length; line++) {
      const length = this.waitingInLine[line]! + (this.serving[line]! >= 0 ? 1 : 0);
      if (length < bestLength) {
        best = line;
        bestLength = length;
      }
    }
    return best;
  }

  /** A free server that takes customers from this line, or −1. */
  private idleServerFor(line: number): number {
    if (this.lines.length > 1) return this.serving[line]! < 0 ? line : -1;
    return this.serving.indexOf(-1);
  }

  /**
   * Overtaking, precisely: an overtake is a pair (A, B) of customers such that B arrived after A
   * and B began service at a moment when A was still waiting in a line (not yet in service, not
   * yet gone). Each pair is counted once, when B begins service. With one FIFO line the customer
   * who begins service is always the earliest arrival still waiting, so the count is 0; with one
   * line per server, a later customer in a faster line can pass A.
   */
  private startService(id: number, server: number): void {
    const { now } = this;
    if (this.outcome[id] === WAITING) {
      this.waitingInLine[this.lineOf[id]!]!--;
      this.roster.remove(id);
      this.changeWaiting(-1);
    }
    const passed = this.roster.waitingBefore(id);
    if (passed > 0) {
      this.overtakes += passed;
      this.markOvertaken(id);
    }
    this.outcome[id] = IN_SERVICE;
    this.serviceStart[id] = now;
    this.serverOf[id] = server;
    this.serving[server] = id;
    this.events.push(now + this.serviceMinutes[id]!, eventKind.departure, id);
  }

  /** Flags every customer still waiting who arrived before `id`. */
  private markOvertaken(id: number): void {
    for (let line = 0; line < this.lines.length; line++) {
      const queue = this.lines[line]!;
      // Ids in a line rise from the head on: binary-search the first not yet examined.
      let low = this.heads[line]!;
      let high = queue.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (queue[middle]! <= this.markedThrough[line]!) low = middle + 1;
        else high = middle;
      }
      for (let i = low; i < queue.length && queue[i]! < id; i++) {
        const customer = queue[i]!;
        if (this.outcome[customer] === WAITING) this.overtaken[customer] = 1;
        this.markedThrough[line] = customer;
      }
    }
  }

  private depart(id: number): void {
    const server = this.serverOf[id]!;
    this.busyMinutes[server]! += this.serviceMinutes[id]!;
    this.outcome[id] = SERVED;
    this.leaving[id] = this.now;
    this.served++;
    this.serving[server] = -1;
    const next = this.nextInLine(this.lines.length === 1 ? 0 : server);
    if (next >= 0) this.startService(next, server);
  }

  private nextInLine(line: number): number {
    const queue = this.lines[line]!;
    let head = this.heads[line]!;
    let found = -1;
    while (head < queue.length) {
      const customer = queue[head++]!;
      if (this.outcome[customer] === WAITING) {
        found = customer;
        break;
      }
    }
    // Drop the served prefix now and then so a long run does not keep every id in memory.
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    this.heads[line] = head;
    return found;
  }

  private renege(id: number): void {
    if (this.outcome[id] !== WAITING) return;
    this.outcome[id] = RENEGED;
    this.leaving[id] = this.now;
    this.reneged++;
    this.waitingInLine[this.lineOf[id]!]!--;
    this.roster.remove(id);
    this.changeWaiting(-1);
  }

  private changeWaiting(delta: number): void {
    this.queueArea += this.waiting * (this.now - this.lastQueueChange);
    this.lastQueueChange = this.now;
    this.waiting += delta;
    this.recorder.record(this.now, this.waiting);
  }

  result(): QueueResult {
    const { now, arrived, config } = this;
    const waits = new Float64Array(arrived);
    const inSystem = new Float64Array(arrived);
    let waitCount = 0;
    let servedCount = 0;
    const customers: CustomerRecord[] = [];
    let overtakenCustomers = 0;
    for (let id = 0; id < arrived; id++) {
      const start = this.serviceStart[id]!;
      const leaving = this.leaving[id]!;
      const outcome = this.outcome[id]!;
      if (!Number.isNaN(start)) waits[waitCount++] = start - this.arrival[id]!;
      if (outcome === SERVED) inSystem[servedCount++] = leaving - this.arrival[id]!;
      overtakenCustomers += this.overtaken[id]!;
      customers.push({
        id,
        arrival: this.arrival[id]!,
        line: this.lineOf[id]!,
        serviceMinutes: this.serviceMinutes[id]!,
        serviceStart: Number.isNaN(start) ? null : start,
        server: this.serverOf[id]! >= 0 ? this.serverOf[id]! : null,
        end: Number.isNaN(leaving) ? null : leaving,
        outcome: outcomeNames[outcome]!,
        overtaken: this.overtaken[id] === 1,
      });
    }
    // Service under way counts as busy up to now, so a mid-run snapshot is not understated.
    const serverUtilisation = Array.from(this.busyMinutes, (busy, server) => {
      const current = this.serving[server]!;
      const ongoing = current >= 0 ? now - this.serviceStart[current]! : 0;
      return now > 0 ? (busy + ongoing) / now : 0;
    });
    const area = this.queueArea + this.waiting * (now - this.lastQueueChange);
    return {
      done: this.done,
      minutes: now,
      arrived,
      served: this.served,
      balked: this.balked,
      reneged: this.reneged,
      balkedShare: arrived > 0 ? this.balked / arrived : 0,
      renegedShare: arrived > 0 ? this.reneged / arrived : 0,
      wait: summariseDurations(waits.subarray(0, waitCount)),
      timeInSystem: summariseDurations(inSystem.subarray(0, servedCount)),
      utilisation: serverUtilisation.reduce((sum, share) => sum + share, 0) / config.servers,
      serverUtilisation,
      meanQueueLength: now > 0 ? area / now : 0,
      queueLength: this.recorder.series(now, config.seriesPoints),
      overtakes: this.overtakes,
      overtakenCustomers,
      customers,
    };
  }
}
