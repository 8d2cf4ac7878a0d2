import { describe, expect, it } from 'vitest';
import { validateQueueConfig, type QueueConfigInput } from '../../../../src/lib/queue/queueConfig.ts';
import { createSimulation, simulate, type QueueResult } from '../../../../src/lib/queue/queueSimulation.ts';
import { erlangAAbandonment, erlangB, mg1MeanWait, mm1kBlocking, mmcMeanWait } from './queueingReference.ts';

function configOf(input: QueueConfigInput) {
  const validation = validateQueueConfig(input);
  if (!validation.ok) throw new Error(`test config invalid: ${JSON.stringify(validation.problems)}`);
  return validation.config;
}

function run(input: QueueConfigInput): QueueResult {
  return simulate(configOf(input));
}

/** Minutes each arrival spent in a line: until service, until giving up; 0 for a balk. */
function timesInQueue(result: QueueResult): number[] {
  return result.customers.map((c) => (c.outcome === 'balked' ? 0 : (c.serviceStart ?? c.end!) - c.arrival));
}

/**
 * Little's law L = λW on the run's own sample path: the time-averaged queue length equals the
 * observed arrival rate times the mean time in queue per arrival, exactly once everyone has left
 * (both sides are the area under the queue-length curve divided by the run's length).
 */
function expectLittlesLaw(result: QueueResult): void {
  expect(result.done).toBe(true);
  const waits = timesInQueue(result);
  const meanTimeInQueue = waits.reduce((sum, w) => sum + w, 0) / waits.length;
  const observedRate = result.arrived / result.minutes;
  expect(result.meanQueueLength).toBeCloseTo(observedRate * meanTimeInQueue, 9);
  // The chart series keeps the same area, thinned or not.
  const points = result.queueLength;
  let area = 0;
  for (let i = 0; i + 1 < points.length; i++) area += points[i]!.length * (points[i + 1]!.time - points[i]!.time);
  expect(area / result.minutes).toBeCloseTo(result.meanQueueLength, 9);
}

/** Mean wait in queue of the served customers over replications seeded 1…n (each a fresh run). */
function replicatedMeanWait(input: QueueConfigInput, replications: number): { wait: number; little: number } {
  let wait = 0;
  let little = 0;
  for (let seed = 1; seed <= replications; seed++) {
    const result = run({ ...input, seed });
    expectLittlesLaw(result);
    wait += result.wait!.mean / replications;
    little += result.meanQueueLength / replications;
  }
  return { wait, little };
}

describe('a small case worked out by hand', () => {
  // One server, constant service of 4 minutes, arrivals at 0, 1, 2, 13 and 14:
  //   customer  arrives  starts  leaves  waits
  //   0         0        0       4       0
  //   1         1        4       8       3
  //   2         2        8       12      6
  //   3         13       13      17      0   (the server has been idle since 12)
  //   4         14       17      21      3
  // Waits 0, 3, 6, 0, 3: mean 12/5 = 2.4; sorted 0, 0, 3, 3, 6 → median 3;
  // 95th percentile at position 0.95 × 4 = 3.8 → 3 + 0.8 × (6 − 3) = 5.4.
  // Busy 20 of 21 minutes. Queue: 1 on [1,2), 2 on [2,4), 1 on [4,8), 1 on [14,17): area 12, mean 12/21.
  const result = run({
    servers: 1,
    arrivals: { kind: 'scheduled', times: [0, 1, 2, 13, 14] },
    service: { kind: 'deterministic', meanMinutes: 4 },
  });

  it('gives every customer the start and end written out above', () => {
    expect(result.customers.map((c) => [c.arrival, c.serviceStart, c.end, c.outcome])).toEqual([
      [0, 0, 4, 'served'],
      [1, 4, 8, 'served'],
      [2, 8, 12, 'served'],
      [13, 13, 17, 'served'],
      [14, 17, 21, 'served'],
    ]);
  });

  it('summarises the waits: mean 2.4, median 3, 95th percentile 5.4; time in system 6.4 on average', () => {
    expect(result.wait!.mean).toBeCloseTo(2.4, 12);
    expect(result.wait!.median).toBe(3);
    expect(result.wait!.p95).toBeCloseTo(5.4, 12);
    expect(result.timeInSystem!.mean).toBeCloseTo(6.4, 12);
    expect(result.minutes).toBe(21);
  });

  it('keeps the server busy 20 of 21 minutes and the queue 12/21 people long on average', () => {
    expect(result.utilisation).toBeCloseTo(20 / 21, 12);
    expect(result.meanQueueLength).toBeCloseTo(12 / 21, 12);
    expect(result.queueLength.map((p) => [p.time, p.length])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [4, 1],
      [8, 0],
      [14, 1],
      [17, 0],
      [21, 0],
    ]);
    expectLittlesLaw(result);
  });

  it('serves a customer who arrives as another leaves: the departure frees the server first', () => {
    // With no waiting room (balk rather than wait), customer 1, arriving at 4 as customer 0
    // leaves, is served only if the departure is handled before the arrival.
    const tie = run({
      servers: 1,
      arrivals: { kind: 'scheduled', times: [0, 4] },
      service: { kind: 'deterministic', meanMinutes: 4 },
      balking: { limit: 0 },
    });
    expect(tie.customers.map((c) => [c.outcome, c.serviceStart])).toEqual([
      ['served', 0],
      ['served', 4],
    ]);
    expect(tie.balked).toBe(0);
  });
});

describe('overtaking with one line per server, by hand', () => {
  // Two servers, constant service of 4 minutes, arrivals at 0, 3, 3.1, 3.2, 3.3, 5, 6.
  // Per-server lines (join the shortest, counting the person at the counter; ties to line 0):
  //   0 at 0    → line 0 (0 vs 0), served 0–4
  //   1 at 3    → line 1 (1 vs 0), served 3–7
  //   2 at 3.1  → line 0 (1 vs 1), served 4–8     waits 0.9
  //   3 at 3.2  → line 1 (2 vs 1), served 7–11    waits 3.8
  //   4 at 3.3  → line 0 (2 vs 2), served 8–12    waits 4.7
  //   5 at 5    → line 0 (2 vs 2), served 12–16   waits 7
  //   6 at 6    → line 1 (3 vs 2), served 11–15   waits 5
  // Customer 6 starts at 11 while customer 5, who came earlier, still waits: one overtake.
  // One serpentine line serves them in arrival order: waits 0, 0, 0.9, 3.8, 4.7, 6, 6.
  const base: QueueConfigInput = {
    servers: 2,
    arrivals: { kind: 'scheduled', times: [0, 3, 3.1, 3.2, 3.3, 5, 6] },
    service: { kind: 'deterministic', meanMinutes: 4 },
  };

  it('counts exactly one overtake and flags the customer who was passed', () => {
    const result = run({ ...base, layout: 'perServer' });
    expect(result.customers.map((c) => c.line)).toEqual([0, 1, 0, 1, 0, 0, 1]);
    expect(result.customers.map((c) => c.serviceStart)).toEqual([0, 3, 4, 7, 8, 12, 11]);
    expect(result.overtakes).toBe(1);
    expect(result.overtakenCustomers).toBe(1);
    expect(result.customers.map((c) => c.overtaken)).toEqual([false, false, false, false, false, true, false]);
  });

  it('serves the same customers in arrival order with one line, with no overtakes', () => {
    const result = run({ ...base, layout: 'single' });
    const waits = result.customers.map((c) => Math.round((c.serviceStart! - c.arrival) * 1e9) / 1e9);
    expect(waits).toEqual([0, 0, 0.9, 3.8, 4.7, 6, 6]);
    expect(result.overtakes).toBe(0);
  });
});

describe('balking by hand', () => {
  it('turns away the arrival who finds the one allowed place taken', () => {
    // One server, 4 minutes each, at most 1 waiting: 0 is served 0–4, 1 waits, 2 (at 2) finds one
    // waiting and leaves, 3 (at 5) finds nobody waiting (1 is being served 4–8) and waits until 8.
    const result = run({
      servers: 1,
      arrivals: { kind: 'scheduled', times: [0, 1, 2, 5] },
      service: { kind: 'deterministic', meanMinutes: 4 },
      balking: { limit: 1 },
    });
    expect(result.customers.map((c) => c.outcome)).toEqual(['served', 'served', 'balked', 'served']);
    expect(result.customers[3]!.serviceStart).toBe(8);
    expect(result.balkedShare).toBe(0.25);
    expectLittlesLaw(result);
  });
});

// A single run of 100 000 customers has a relative standard error of about 3 % (M/M/1 at 0.8)
// to 4 % (M/M/5 at 0.85) in its mean wait (measured over 16 seeds), so one run cannot be held to
// 3 %. Each check below averages 16 independent runs of 100 000 customers (seeds 1–16), bringing
// the standard error to about 1 % or less.
describe('against closed forms (16 runs of 100 000 customers each)', () => {
  const customers = 100_000;

  it.each([
    { servers: 1, load: 0.8 },
    { servers: 2, load: 0.85 },
    { servers: 5, load: 0.85 },
  ])('M/M/$servers at utilisation $load: mean wait within 3 % of Erlang C', ({ servers, load }) => {
    const rate = load * servers;
    const expected = mmcMeanWait(servers, rate, 1);
    const { wait, little } = replicatedMeanWait(
      {
        servers,
        arrivals: { kind: 'poisson', ratePerMinute: rate },
        service: { kind: 'exponential', meanMinutes: 1 },
        customers,
      },
      16,
    );
    expect(Math.abs(wait / expected - 1)).toBeLessThan(0.03);
    // Little's law with the configured rate: Lq = λ Wq.
    expect(Math.abs(little / (rate * expected) - 1)).toBeLessThan(0.03);
  });

  it('M/M/2 by hand: a = 1.7, C = 9.633/12.333 = 0.781, Wq = 0.781/0.3 = 2.604 minutes', () => {
    expect(mmcMeanWait(2, 1.7, 1)).toBeCloseTo(2.604, 3);
  });

  it('M/D/1 at utilisation 0.9: mean wait within 3 % of Pollaczek–Khinchine (4.5 minutes)', () => {
    // Constant service: E[S²] = S², so Wq = λS² / (2(1 − ρ)) = 0.9 / 0.2 = 4.5.
    expect(mg1MeanWait(0.9, 1, 1)).toBeCloseTo(4.5, 12);
    const { wait } = replicatedMeanWait(
      {
        servers: 1,
        arrivals: { kind: 'poisson', ratePerMinute: 0.9 },
        service: { kind: 'deterministic', meanMinutes: 1 },
        customers,
      },
      16,
    );
    expect(Math.abs(wait / 4.5 - 1)).toBeLessThan(0.03);
  });

  it('M/G/1 with lognormal service (cv 0.5) at utilisation 0.7: within 3 % of Pollaczek–Khinchine', () => {
    // E[S²] = mean² (1 + cv²) = 1.25; Wq = 0.7 × 1.25 / 0.6 = 1.4583.
    const { wait } = replicatedMeanWait(
      {
        servers: 1,
        arrivals: { kind: 'poisson', ratePerMinute: 0.7 },
        service: { kind: 'lognormal', meanMinutes: 1, cv: 0.5 },
        customers,
      },
      8,
    );
    expect(Math.abs(wait / mg1MeanWait(0.7, 1, 1.25) - 1)).toBeLessThan(0.03);
  });

  it('M/E4/1 (Erlang-4 service) at utilisation 0.7: within 3 % of Pollaczek–Khinchine', () => {
    // cv² = 1/4: E[S²] = 1.25, the same as the lognormal above.
    const { wait } = replicatedMeanWait(
      {
        servers: 1,
        arrivals: { kind: 'poisson', ratePerMinute: 0.7 },
        service: { kind: 'erlang', meanMinutes: 1, k: 4 },
        customers,
      },
      8,
    );
    expect(Math.abs(wait / mg1MeanWait(0.7, 1, 1.25) - 1)).toBeLessThan(0.03);
  });
});

describe('balking and reneging shares against closed forms', () => {
  it('M/M/1 turning away arrivals who find 3 waiting matches the M/M/1/4 blocking probability', () => {
    // Capacity K = 3 waiting + 1 in service = 4; ρ = 0.9: P₄ = 0.1 × 0.9⁴ / (1 − 0.9⁵) = 0.1602.
    expect(mm1kBlocking(0.9, 4)).toBeCloseTo(0.1602, 4);
    let share = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const result = run({
        servers: 1,
        arrivals: { kind: 'poisson', ratePerMinute: 0.9 },
        service: { kind: 'exponential', meanMinutes: 1 },
        balking: { limit: 3 },
        customers: 100_000,
        seed,
      });
      expectLittlesLaw(result);
      expect(Math.max(...result.queueLength.map((p) => p.peak))).toBeLessThanOrEqual(3);
      share += result.balkedShare / 4;
    }
    expect(Math.abs(share - mm1kBlocking(0.9, 4))).toBeLessThan(0.004);
  });

  it('with no waiting room at all, 3 servers lose the Erlang B share of calls (a = 2: 0.2105)', () => {
    // B(3, 2) = (8/6) / (1 + 2 + 2 + 8/6) = 0.2105.
    expect(erlangB(3, 2)).toBeCloseTo(0.2105, 4);
    const result = run({
      servers: 3,
      arrivals: { kind: 'poisson', ratePerMinute: 2 },
      service: { kind: 'exponential', meanMinutes: 1 },
      balking: { limit: 0 },
      customers: 100_000,
      seed: 3,
    });
    expect(result.wait!.mean).toBe(0);
    expect(Math.abs(result.balkedShare - erlangB(3, 2))).toBeLessThan(0.006);
  });

  it('exponential patience gives the Erlang A abandonment share (2 servers, ρ = 0.95, patience 2 min)', () => {
    const expected = erlangAAbandonment(2, 1.9, 1, 2);
    let share = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const result = run({
        servers: 2,
        arrivals: { kind: 'poisson', ratePerMinute: 1.9 },
        service: { kind: 'exponential', meanMinutes: 1 },
        reneging: { meanPatienceMinutes: 2 },
        customers: 100_000,
        seed,
      });
      expectLittlesLaw(result);
      share += result.renegedShare / 4;
    }
    expect(expected).toBeGreaterThan(0.1);
    expect(Math.abs(share / expected - 1)).toBeLessThan(0.03);
  });
});

describe('line layout', () => {
  const busyBank: QueueConfigInput = {
    servers: 4,
    arrivals: { kind: 'poisson', ratePerMinute: 3.6 },
    service: { kind: 'lognormal', meanMinutes: 1, cv: 1 },
    customers: 20_000,
    seed: 9,
  };

  it('one line per server lets later customers pass earlier ones; one serpentine line never does', () => {
    const perServer = run({ ...busyBank, layout: 'perServer' });
    const single = run({ ...busyBank, layout: 'single' });
    expect(perServer.overtakes).toBeGreaterThan(100);
    expect(perServer.overtakenCustomers).toBeGreaterThan(100);
    expect(single.overtakes).toBe(0);
    expect(single.overtakenCustomers).toBe(0);
    // With the same customers, pooling the lines also shortens the mean wait.
    expect(single.wait!.mean).toBeLessThan(perServer.wait!.mean);
    expectLittlesLaw(perServer);
    expectLittlesLaw(single);
  });

  it('serves every customer in a single line in order of arrival', () => {
    const single = run({ ...busyBank, layout: 'single' });
    const starts = single.customers.map((c) => c.serviceStart!);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]!);
  });

  it('counts overtakes exactly: a brute-force count over all pairs agrees', () => {
    const result = run({
      ...busyBank,
      layout: 'perServer',
      customers: 1500,
      balking: { limit: 3 },
      reneging: { meanPatienceMinutes: 2 },
    });
    // A overtaken by B: B arrived later and started service at a moment A was still in line.
    let pairs = 0;
    const overtaken = new Set<number>();
    for (const b of result.customers) {
      if (b.serviceStart === null) continue;
      for (const a of result.customers) {
        if (a.id >= b.id || a.outcome === 'balked') continue;
        const aLeftLine = a.serviceStart ?? a.end!;
        if (aLeftLine > b.serviceStart) {
          pairs++;
          overtaken.add(a.id);
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
    expect(result.overtakes).toBe(pairs);
    expect(result.overtakenCustomers).toBe(overtaken.size);
  });
});

describe('seeded, chunked runs', () => {
  const config = configOf({
    servers: 3,
    layout: 'perServer',
    arrivals: {
      kind: 'piecewise',
      segments: [
        { minutes: 30, ratePerMinute: 1 },
        { minutes: 30, ratePerMinute: 4 },
      ],
      repeat: true,
    },
    service: { kind: 'erlang', meanMinutes: 1, k: 2 },
    balking: { limit: 6 },
    reneging: { meanPatienceMinutes: 4 },
    customers: 5000,
    seed: 42,
  });

  it('repeats a run exactly under the same seed and differs under another', () => {
    expect(simulate(config)).toEqual(simulate(config));
    expect(simulate({ ...config, seed: 43 }).wait!.mean).not.toBe(simulate(config).wait!.mean);
  });

  it('gives the same result in chunks of 7 events as in one go', () => {
    const simulation = createSimulation(config);
    let chunks = 0;
    while (!simulation.advance(7)) {
      chunks++;
      expect(simulation.progress()).toBeLessThanOrEqual(1);
    }
    expect(chunks).toBeGreaterThan(1000);
    expect(simulation.progress()).toBe(1);
    expect(simulation.result()).toEqual(simulate(config));
  });

  it('reports a consistent snapshot mid-run', () => {
    const simulation = createSimulation(config);
    simulation.advance(500);
    const partial = simulation.result();
    expect(partial.done).toBe(false);
    expect(partial.arrived).toBeGreaterThan(0);
    expect(partial.served + partial.balked + partial.reneged).toBeLessThanOrEqual(partial.arrived);
    expect(partial.utilisation).toBeGreaterThan(0);
    expect(partial.utilisation).toBeLessThanOrEqual(1);
  });

  it('keeps the same arrivals and service needs when the layout or reneging changes', () => {
    const other = simulate({ ...config, layout: 'single', reneging: null });
    const first = simulate(config);
    expect(other.customers.slice(0, 200).map((c) => [c.arrival, c.serviceMinutes])).toEqual(
      first.customers.slice(0, 200).map((c) => [c.arrival, c.serviceMinutes]),
    );
  });

  it('thins the queue-length series to the requested number of points', () => {
    const result = simulate(config);
    expect(result.queueLength.length).toBeLessThanOrEqual(config.seriesPoints + 1);
    expect(result.queueLength[0]!.time).toBe(0);
    expect(result.queueLength.at(-1)!.time).toBe(result.minutes);
    expectLittlesLaw(result);
  });
});

describe('time-varying arrivals', () => {
  it('arrives at each segment’s rate and stops when a one-off profile ends', () => {
    // 60 min at 1/min, 90 min at 3/min, 60 min at 0.5/min, repeated for many days.
    const segments = [
      { minutes: 60, ratePerMinute: 1 },
      { minutes: 90, ratePerMinute: 3 },
      { minutes: 60, ratePerMinute: 0.5 },
    ];
    const result = run({
      servers: 20,
      arrivals: { kind: 'piecewise', segments, repeat: true },
      service: { kind: 'deterministic', meanMinutes: 0.1 },
      customers: 200_000,
      seed: 5,
    });
    const day = 210;
    const days = Math.floor(result.customers.at(-1)!.arrival / day);
    const counts = [0, 0, 0];
    for (const c of result.customers) {
      if (c.arrival >= days * day) break;
      const minute = c.arrival % day;
      counts[minute < 60 ? 0 : minute < 150 ? 1 : 2]!++;
    }
    counts.forEach((count, i) => {
      const rate = count / days / segments[i]!.minutes;
      expect(Math.abs(rate / segments[i]!.ratePerMinute - 1)).toBeLessThan(0.03);
    });

    const oneDayConfig = configOf({
      servers: 2,
      arrivals: { kind: 'piecewise', segments, repeat: false },
      service: { kind: 'deterministic', meanMinutes: 0.1 },
      customers: 10_000,
    });
    // Progress follows the clock through the day, not the far-off customer limit.
    const simulation = createSimulation(oneDayConfig);
    while (simulation.result().minutes < 105) simulation.advance(10);
    expect(simulation.progress()).toBeGreaterThan(0.45);
    expect(simulation.progress()).toBeLessThan(0.6);

    const oneDay = run({
      servers: 2,
      arrivals: { kind: 'piecewise', segments, repeat: false },
      service: { kind: 'deterministic', meanMinutes: 0.1 },
      customers: 10_000,
    });
    expect(oneDay.arrived).toBeLessThan(10_000);
    expect(oneDay.customers.at(-1)!.arrival).toBeLessThan(day);
  });

  it('skips quiet passes of a repeating profile at once, yet arrives only when and as often as it says', () => {
    // Open 1 minute in 10 at 0.01 a minute: 0.01 expected arrivals a pass, so about 100 passes
    // (1 000 minutes) between customers, and every arrival within an open minute.
    const result = run({
      servers: 1,
      arrivals: {
        kind: 'piecewise',
        segments: [
          { minutes: 1, ratePerMinute: 0.01 },
          { minutes: 9, ratePerMinute: 0 },
        ],
        repeat: true,
      },
      service: { kind: 'deterministic', meanMinutes: 0.1 },
      customers: 5_000,
      seed: 3,
    });
    expect(result.arrived).toBe(5_000);
    for (const c of result.customers) expect(c.arrival % 10).toBeLessThan(1);
    // Mean gap 1 000 minutes; over 5 000 gaps its standard error is 1.4%.
    const meanGap = result.customers.at(-1)!.arrival / 5_000;
    expect(Math.abs(meanGap / 1_000 - 1)).toBeLessThan(0.05);
  });
});
