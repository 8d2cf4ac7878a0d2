/**
 * The closed forms beside the simulator, against published tables and hand calculations that do
 * not use the code's recursions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closedFormFor } from '../../../../src/lib/queue-theory/closedForm.ts';
import { erlangB, erlangC } from '../../../../src/lib/queue-theory/erlang.ts';
import { mg1, mmc } from '../../../../src/lib/queue-theory/steadyState.ts';
import { validateQueueConfig, type QueueConfigInput } from '../../../../src/lib/queue/queueConfig.ts';
import { simulate } from '../../../../src/lib/queue/queueSimulation.ts';

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
/** Erlang B by its defining sum, (a^c/c!) / Σ_{k≤c} a^k/k!, not by the recursion the code uses. */
const erlangBBySum = (c: number, a: number) => {
  let sum = 0;
  for (let k = 0; k <= c; k++) sum += a ** k / factorial(k);
  return a ** c / factorial(c) / sum;
};
/** Erlang C by its defining sum: the c-th term scaled by c/(c − a), over the same sum plus that term. */
const erlangCBySum = (c: number, a: number) => {
  let sum = 0;
  for (let k = 0; k < c; k++) sum += a ** k / factorial(k);
  const top = (a ** c / factorial(c)) * (c / (c - a));
  return top / (sum + top);
};

describe('Erlang B and C', () => {
  it('match the published Erlang B table: 10 servers offered 5 erlangs turn away 1.84 %', () => {
    expect(erlangB(10, 5)).toBeCloseTo(0.01838, 4);
  });

  it('match a hand calculation: 2 servers, 1 erlang: B = 0.2, C = 1/3', () => {
    // B = (1/2) / (1 + 1 + 1/2) = 0.2; C = 2·0.2 / (2 − 1·0.8) = 1/3.
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
  });

  it('agree with the defining sums for every small case', () => {
    for (let c = 1; c <= 12; c++)
      for (const load of [0.1, 0.5, 0.9, 0.99]) {
        const a = c * load;
        expect(erlangB(c, a)).toBeCloseTo(erlangBBySum(c, a), 10);
        expect(erlangC(c, a)).toBeCloseTo(erlangCBySum(c, a), 10);
      }
  });

  it('stay probabilities, with more waiting than turning away, for any stable load', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (c, load) => {
        const b = erlangB(c, c * load);
        const w = erlangC(c, c * load);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(1);
        expect(w).toBeGreaterThanOrEqual(b);
      }),
    );
  });
});

describe('steady-state waits', () => {
  it('M/M/1 at 80 % load, one-minute service: wait 4 min, 3.2 waiting, 80 % wait at all', () => {
    // Wq = ρ / (μ − λ) = 0.8 / (1 − 0.8) = 4; Lq = λ·Wq = 3.2.
    const state = mmc(1, 0.8, 1)!;
    expect(state.meanWait).toBeCloseTo(4, 12);
    expect(state.meanQueue).toBeCloseTo(3.2, 12);
    expect(state.waitProbability).toBeCloseTo(0.8, 12);
  });

  it('M/M/2 offered 1 erlang: a third wait, for a third of a service on average', () => {
    // Wq = C / (cμ − λ) = (1/3) / (2 − 1).
    const state = mmc(2, 1, 1)!;
    expect(state.meanWait).toBeCloseTo(1 / 3, 12);
    expect(state.utilisation).toBe(0.5);
  });

  it('M/D/1 waits half as long as M/M/1 at the same load (Pollaczek–Khinchine)', () => {
    // ρ = 0.5, E[S] = 1: constant service Wq = 0.5·1·1 / (2·0.5) = 0.5; exponential 0.5·1·2 / 1 = 1.
    expect(mg1(0.5, 1, 0)!.meanWait).toBeCloseTo(0.5, 12);
    expect(mg1(0.5, 1, 1)!.meanWait).toBeCloseTo(mmc(1, 0.5, 1)!.meanWait, 12);
  });

  it('has no steady state at or above full load', () => {
    expect(mmc(3, 3, 1)).toBeNull();
    expect(mg1(1.2, 1, 0)).toBeNull();
  });
});

describe('which formula fits a setting', () => {
  const config = (input: Partial<QueueConfigInput>) => {
    const result = validateQueueConfig({
      servers: 2,
      arrivals: { kind: 'poisson', ratePerMinute: 1 },
      service: { kind: 'exponential', meanMinutes: 1 },
      ...input,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.config;
  };

  it('one line, Poisson arrivals, exponential service: Erlang C', () => {
    const form = closedFormFor(config({}));
    expect(form.kind === 'waiting' && form.model).toBe('M/M/c');
    expect(form.kind === 'waiting' && form.result.waitProbability).toBeCloseTo(1 / 3, 12);
  });

  it('one server with constant service: M/D/1; with Erlang-4 service: M/G/1 with cv = 1/2', () => {
    const constant = closedFormFor(
      config({
        servers: 1,
        arrivals: { kind: 'poisson', ratePerMinute: 0.5 },
        service: { kind: 'deterministic', meanMinutes: 1 },
      }),
    );
    expect(constant.kind === 'waiting' && constant.model).toBe('M/D/1');
    const erlang4 = closedFormFor(
      config({
        servers: 1,
        arrivals: { kind: 'poisson', ratePerMinute: 0.5 },
        service: { kind: 'erlang', meanMinutes: 1, k: 4 },
      }),
    );
    // Wq = 0.5·1·(1 + 1/4) / (2·0.5) = 0.625.
    expect(erlang4.kind === 'waiting' && erlang4.result.meanWait).toBeCloseTo(0.625, 12);
  });

  it('nobody may wait: Erlang B, whatever the service times', () => {
    const form = closedFormFor(
      config({ balking: { limit: 0 }, service: { kind: 'lognormal', meanMinutes: 1, cv: 2 } }),
    );
    expect(form.kind === 'loss' && form.blockedShare).toBeCloseTo(0.2, 12);
  });

  it('refuses settings with no exact formula, and says why', () => {
    expect(closedFormFor(config({ reneging: { meanPatienceMinutes: 5 } }))).toEqual({
      kind: 'none',
      reason: 'impatience',
    });
    expect(closedFormFor(config({ balking: { limit: 3 } }))).toEqual({ kind: 'none', reason: 'impatience' });
    expect(closedFormFor(config({ layout: 'perServer' }))).toEqual({ kind: 'none', reason: 'lines' });
    expect(closedFormFor(config({ service: { kind: 'deterministic', meanMinutes: 1 } }))).toEqual({
      kind: 'none',
      reason: 'service',
    });
    expect(closedFormFor(config({ arrivals: { kind: 'scheduled', times: [0, 1, 2] } }))).toEqual({
      kind: 'none',
      reason: 'arrivals',
    });
    expect(closedFormFor(config({ arrivals: { kind: 'poisson', ratePerMinute: 2.5 } }))).toEqual({
      kind: 'unstable',
      utilisation: 1.25,
    });
  });
});

describe('the simulator against the formulas', () => {
  // Long runs: sampling error of the mean wait is a few per cent at 100,000 customers.
  const run = (input: QueueConfigInput) => {
    const validated = validateQueueConfig({ customers: 100_000, seed: 7, ...input });
    if (!validated.ok) throw new Error(JSON.stringify(validated.problems));
    const result = simulate(validated.config);
    const waits = result.customers.filter((c) => c.serviceStart !== null).map((c) => c.serviceStart! - c.arrival);
    return { result, meanWait: waits.reduce((a, b) => a + b, 0) / waits.length };
  };

  it('M/M/2 offered 1.5 erlangs: mean wait near Erlang C’s 1.286 min', () => {
    // a = 1.5, c = 2: B = 1.125 / (1 + 1.5 + 1.125) = 0.3103; C = 2·0.3103 / (2 − 1.5·0.6897) = 0.6429;
    // Wq = C / (cμ − λ) = 0.6429 / (2 − 1.5) = 1.2857 minutes.
    const { meanWait } = run({
      servers: 2,
      arrivals: { kind: 'poisson', ratePerMinute: 1.5 },
      service: { kind: 'exponential', meanMinutes: 1 },
    });
    expect(meanWait).toBeGreaterThan(1.2857 * 0.93);
    expect(meanWait).toBeLessThan(1.2857 * 1.07);
  });

  it('M/D/1 at 70 % load: mean wait near Pollaczek–Khinchine’s 1.167 min', () => {
    // Wq = 0.7·1·1 / (2·0.3) = 1.1667.
    const { meanWait } = run({
      servers: 1,
      arrivals: { kind: 'poisson', ratePerMinute: 0.7 },
      service: { kind: 'deterministic', meanMinutes: 1 },
    });
    expect(meanWait).toBeGreaterThan(1.1667 * 0.93);
    expect(meanWait).toBeLessThan(1.1667 * 1.07);
  });

  it('nobody may wait, 2 servers offered 1 erlang: a fifth turned away (Erlang B)', () => {
    const { result } = run({
      servers: 2,
      balking: { limit: 0 },
      arrivals: { kind: 'poisson', ratePerMinute: 1 },
      service: { kind: 'deterministic', meanMinutes: 1 },
    });
    expect(result.balkedShare).toBeGreaterThan(0.19);
    expect(result.balkedShare).toBeLessThan(0.21);
  });
});
