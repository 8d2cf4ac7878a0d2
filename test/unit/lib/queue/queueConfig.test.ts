import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateQueueConfig } from '../../../../src/lib/queue/queueConfig.ts';

const valid = {
  servers: 3,
  arrivals: { kind: 'poisson', ratePerMinute: 2 },
  service: { kind: 'exponential', meanMinutes: 1.2 },
};

function problemsOf(input: unknown) {
  const validation = validateQueueConfig(input);
  return validation.ok ? [] : validation.problems;
}

describe('validateQueueConfig', () => {
  it('accepts a minimal configuration and fills in the defaults', () => {
    const validation = validateQueueConfig(valid);
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    expect(validation.config).toMatchObject({
      layout: 'single',
      balking: null,
      reneging: null,
      customers: 10_000,
      seed: 1,
    });
  });

  it('names the field and the limit: 25 servers is above the maximum of 20', () => {
    expect(problemsOf({ ...valid, servers: 25 })).toEqual([{ field: 'servers', code: 'aboveMax', max: 20 }]);
    expect(problemsOf({ ...valid, servers: 0 })).toEqual([{ field: 'servers', code: 'belowMin', min: 1 }]);
    expect(problemsOf({ ...valid, servers: 2.5 })).toEqual([{ field: 'servers', code: 'notWhole' }]);
  });

  it('reports missing, non-numeric and non-positive values with their path', () => {
    expect(problemsOf({ servers: 1, arrivals: valid.arrivals })).toEqual([{ field: 'service', code: 'required' }]);
    expect(problemsOf({ ...valid, service: { kind: 'exponential', meanMinutes: Number.NaN } })).toEqual([
      { field: 'service.meanMinutes', code: 'notANumber' },
    ]);
    expect(problemsOf({ ...valid, arrivals: { kind: 'poisson', ratePerMinute: 0 } })).toEqual([
      { field: 'arrivals.ratePerMinute', code: 'belowMin', min: 0.0001 },
    ]);
    expect(problemsOf({ ...valid, service: { kind: 'lognormal', meanMinutes: 1, cv: 5 } })).toEqual([
      { field: 'service.cv', code: 'aboveMax', max: 3 },
    ]);
  });

  it('lists the allowed choices for an unknown kind or layout', () => {
    expect(problemsOf({ ...valid, layout: 'zigzag' })).toEqual([
      { field: 'layout', code: 'unknownOption', allowed: ['single', 'perServer'] },
    ]);
    expect(problemsOf({ ...valid, service: { kind: 'uniform', meanMinutes: 1 } })).toEqual([
      {
        field: 'service.kind',
        code: 'unknownOption',
        allowed: ['exponential', 'deterministic', 'lognormal', 'erlang'],
      },
    ]);
  });

  it('catches a schedule out of order, a profile in which nobody arrives, and an empty profile', () => {
    expect(problemsOf({ ...valid, arrivals: { kind: 'scheduled', times: [0, 5, 3] } })).toEqual([
      { field: 'arrivals.times.2', code: 'notInOrder', previous: 5, value: 3 },
    ]);
    expect(
      problemsOf({ ...valid, arrivals: { kind: 'piecewise', segments: [{ minutes: 60, ratePerMinute: 0 }] } }),
    ).toEqual([{ field: 'arrivals.segments', code: 'noArrivals' }]);
    // Almost nobody counts as nobody: 10⁻⁹ a minute is one customer in about 2 000 years.
    const nearlyEmpty = [{ minutes: 60, ratePerMinute: 1e-9 }];
    expect(problemsOf({ ...valid, arrivals: { kind: 'piecewise', segments: nearlyEmpty, repeat: true } })).toEqual([
      { field: 'arrivals.segments', code: 'noArrivals' },
    ]);
    expect(problemsOf({ ...valid, arrivals: { kind: 'piecewise', segments: [] } })).toEqual([
      { field: 'arrivals.segments', code: 'tooFew', min: 1 },
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 'three servers', 42, [], { servers: '3' }])
      expect(validateQueueConfig(input).ok).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const validation = validateQueueConfig(input);
        return validation.ok || validation.problems.length > 0;
      }),
    );
  });
});
