/**
 * Any valid configuration the widget could send, within its limits: the run ends, and every
 * figure is a finite number in its range. Times never negative, nobody served before arriving or
 * counted twice, utilisation within [0, 1], and Little's law on the run's own sample path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateQueueConfig, type QueueConfigInput } from '../../../../src/lib/queue/queueConfig.ts';
import { simulate } from '../../../../src/lib/queue/queueSimulation.ts';

const minutes = (max: number) => fc.double({ min: 0.01, max, noNaN: true });

const arrivals = fc.oneof(
  fc.record({ kind: fc.constant('poisson' as const), ratePerMinute: minutes(20) }),
  fc.record({
    kind: fc.constant('piecewise' as const),
    segments: fc.array(
      fc.record({ minutes: minutes(120), ratePerMinute: fc.double({ min: 0, max: 20, noNaN: true }) }),
      { minLength: 1, maxLength: 6 },
    ),
    repeat: fc.boolean(),
  }),
  fc
    .array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 1, maxLength: 60 })
    .map((times) => ({ kind: 'scheduled' as const, times: times.sort((a, b) => a - b) })),
);

const service = fc.oneof(
  fc.record({ kind: fc.constant('exponential' as const), meanMinutes: minutes(30) }),
  fc.record({ kind: fc.constant('deterministic' as const), meanMinutes: minutes(30) }),
  fc.record({
    kind: fc.constant('lognormal' as const),
    meanMinutes: minutes(30),
    cv: fc.double({ min: 0.05, max: 3, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('erlang' as const), meanMinutes: minutes(30), k: fc.integer({ min: 1, max: 50 }) }),
);

const configArbitrary: fc.Arbitrary<QueueConfigInput> = fc.record({
  servers: fc.integer({ min: 1, max: 20 }),
  layout: fc.constantFrom('single' as const, 'perServer' as const),
  arrivals,
  service,
  balking: fc.option(fc.record({ limit: fc.integer({ min: 0, max: 30 }) }), { nil: null }),
  reneging: fc.option(fc.record({ meanPatienceMinutes: minutes(60) }), { nil: null }),
  customers: fc.integer({ min: 1, max: 400 }),
  seed: fc.integer({ min: 0, max: 4_294_967_295 }),
});

const finiteAtLeastZero = (value: number) => {
  expect(Number.isFinite(value)).toBe(true);
  expect(value).toBeGreaterThanOrEqual(0);
};

describe('queue simulation over random valid configurations', () => {
  it('ends with finite, non-negative and consistent figures', () => {
    fc.assert(
      fc.property(configArbitrary, (input) => {
        const validation = validateQueueConfig(input);
        // A piecewise profile in which nobody ever arrives is refused, with its reason.
        if (!validation.ok) {
          expect(validation.problems.map((problem) => problem.code)).toEqual(['noArrivals']);
          return;
        }
        const result = simulate(validation.config);
        expect(result.done).toBe(true);
        expect(result.served + result.balked + result.reneged).toBe(result.arrived);
        expect(result.arrived).toBeLessThanOrEqual(validation.config.customers);
        for (const share of [
          result.balkedShare,
          result.renegedShare,
          result.utilisation,
          ...result.serverUtilisation,
        ]) {
          finiteAtLeastZero(share);
          expect(share).toBeLessThanOrEqual(1 + 1e-9);
        }
        finiteAtLeastZero(result.minutes);
        finiteAtLeastZero(result.meanQueueLength);
        for (const summary of [result.wait, result.timeInSystem]) {
          if (summary) for (const value of Object.values(summary)) finiteAtLeastZero(value);
        }
        for (const customer of result.customers) {
          expect(customer.end).not.toBeNull();
          expect(customer.end!).toBeGreaterThanOrEqual(customer.arrival);
          if (customer.serviceStart !== null) {
            expect(customer.serviceStart).toBeGreaterThanOrEqual(customer.arrival);
            expect(customer.end!).toBeCloseTo(customer.serviceStart + customer.serviceMinutes, 9);
          }
        }
        // Little's law on the sample path: area under the queue-length curve = total time spent in line.
        if (result.minutes > 0) {
          const inLine = result.customers.reduce(
            (sum, c) => sum + (c.outcome === 'balked' ? 0 : (c.serviceStart ?? c.end!) - c.arrival),
            0,
          );
          expect(result.meanQueueLength * result.minutes).toBeCloseTo(inLine, 6);
        }
      }),
      { numRuns: 400 },
    );
  });
});
