import { describe, expect, it } from 'vitest';
import { createLineTimeline, customerColumns } from '../../../../src/lib/queue/lineTimeline.ts';
import { createSimulation } from '../../../../src/lib/queue/queueSimulation.ts';
import { customer } from './customerRecord.ts';

/**
 * Two counters, one line each. A (line 0) is served 0–4 at counter 0; B (line 1) is served 1–2 at
 * counter 1; C joins line 1 at 1.5 and is served 2–3; D joins line 0 at 2, gives up at 3.5;
 * E arrives at 3 and walks away.
 */
const customers = [
  customer({ id: 0, arrival: 0, serviceStart: 0, server: 0, end: 4 }),
  customer({ id: 1, arrival: 1, line: 1, serviceStart: 1, server: 1, end: 2 }),
  customer({ id: 2, arrival: 1.5, line: 1, serviceStart: 2, server: 1, end: 3 }),
  customer({ id: 3, arrival: 2, line: 0, end: 3.5, outcome: 'reneged' }),
  customer({ id: 4, arrival: 3, line: 0, end: 3, outcome: 'balked' }),
];

describe('the line at a given minute', () => {
  const timeline = createLineTimeline(customerColumns(customers), 2, 2);

  it('shows who waits in which line and who is at which counter', () => {
    expect(timeline.at(1.75)).toMatchObject({ waiting: [[], [2]], serving: [0, 1], arrived: 3, served: 0 });
    expect(timeline.at(2.5)).toMatchObject({ waiting: [[3], []], serving: [0, 2], served: 1, reneged: 0 });
    expect(timeline.at(3.75)).toMatchObject({
      waiting: [[], []],
      serving: [0, null],
      arrived: 5,
      served: 2,
      balked: 1,
      reneged: 1,
    });
    expect(timeline.at(10)).toMatchObject({ serving: [null, null], served: 3, balked: 1, reneged: 1 });
    expect(timeline.endMinute).toBe(4);
  });

  it('agrees with a direct count on a real run, at every sampled minute', () => {
    const simulation = createSimulation({
      servers: 3,
      layout: 'perServer',
      arrivals: { kind: 'poisson', ratePerMinute: 2.5 },
      service: { kind: 'exponential', meanMinutes: 1 },
      balking: { limit: 2 },
      reneging: { meanPatienceMinutes: 2 },
      customers: 2000,
      seed: 5,
      seriesPoints: 100,
    });
    while (!simulation.advance(10_000));
    const records = simulation.result().customers;
    const run = createLineTimeline(customerColumns(records), 3, 3);
    for (let minute = 0; minute < run.endMinute; minute += 7.3) {
      const snapshot = run.at(minute);
      const here = records.filter((c) => c.arrival <= minute);
      const gone = here.filter((c) => c.end !== null && c.end <= minute);
      expect(snapshot.arrived).toBe(here.length);
      expect(snapshot.served).toBe(gone.filter((c) => c.outcome === 'served').length);
      expect(snapshot.reneged).toBe(gone.filter((c) => c.outcome === 'reneged').length);
      expect(snapshot.balked).toBe(gone.filter((c) => c.outcome === 'balked').length);
      const waiting = here.filter((c) => !gone.includes(c) && !(c.serviceStart !== null && c.serviceStart <= minute));
      expect(snapshot.waiting.flat().sort((a, b) => a - b)).toEqual(waiting.map((c) => c.id));
    }
  });
});
