/** Arrival rates and loads per server, worked out by hand: ρ = λ × mean service ÷ servers. */
import { describe, expect, it } from 'vitest';
import {
  averageArrivalRate,
  offeredLoad,
  peakLoad,
  profileDay,
  profileMeanRate,
} from '../../../../src/lib/queue/offeredLoad.ts';
import { findQueuePreset } from '../../../../src/lib/queue/presets.ts';
import { validConfig } from './validConfig.ts';

const valid = {
  servers: 3,
  arrivals: { kind: 'poisson', ratePerMinute: 2 },
  service: { kind: 'exponential', meanMinutes: 1.2 },
} as const;

/** An hour at 1 a minute, then half an hour at 4. */
const halfHourRush = [
  { minutes: 60, ratePerMinute: 1 },
  { minutes: 30, ratePerMinute: 4 },
];

describe('offeredLoad', () => {
  it('is λ × mean service ÷ servers: 2 × 1.2 ÷ 3 = 0.8', () => {
    expect(offeredLoad(validConfig(valid))).toBeCloseTo(0.8, 12);
    expect(peakLoad(validConfig(valid))).toBeNull();
  });

  it('averages a profile over its length: (60 × 1 + 30 × 4) ÷ 90 = 2 a minute', () => {
    const profiled = validConfig({
      ...valid,
      servers: 4,
      arrivals: { kind: 'piecewise', segments: halfHourRush },
      service: { kind: 'deterministic', meanMinutes: 1 },
    });
    expect(offeredLoad(profiled)).toBeCloseTo(0.5, 12);
    // The busy half hour: 4 × 1 ÷ 4 = 1.
    expect(peakLoad(profiled)).toBeCloseTo(1, 12);
  });

  it('shows the bank below capacity over the day (1.314 × 3 ÷ 4 ≈ 0.99) but over it at lunch (1.8 × 3 ÷ 4 = 1.35)', () => {
    const bank = validConfig(findQueuePreset('bank-lunch').config);
    expect(offeredLoad(bank)).toBeCloseTo(((276 / 210) * 3) / 4, 12);
    expect(peakLoad(bank)).toBeCloseTo(1.35, 12);
  });

  it('computes the load per server the hotline exercise starts from: 1.9 × 4 ÷ 8 = 0.95', () => {
    expect(offeredLoad(validConfig(findQueuePreset('telecom-hotline').config))).toBeCloseTo(0.95, 12);
  });
});

describe('average arrival rate', () => {
  it('weights a day profile by its minutes: (60 × 1 + 90 × 1.8 + 60 × 0.9) ÷ 210 = 1.314…', () => {
    const bank = findQueuePreset('bank-lunch').config.arrivals;
    const segments = bank.kind === 'piecewise' ? bank.segments : [];
    expect(profileMeanRate(segments)).toBeCloseTo(276 / 210, 12);
  });

  it('spreads fixed times over their span: 5 customers between minute 0 and minute 8 is 4 ÷ 8 = 0.5 a minute', () => {
    expect(averageArrivalRate({ kind: 'scheduled', times: [0, 1, 2, 5, 8] })).toBeCloseTo(0.5, 12);
    expect(averageArrivalRate({ kind: 'scheduled', times: [3] })).toBe(0);
  });
});

describe('a day profile', () => {
  it('the bank’s lunch day: 210 minutes, 60 × 1 + 90 × 1.8 + 60 × 0.9 = 276 customers expected', () => {
    const { arrivals } = findQueuePreset('bank-lunch').config;
    if (arrivals.kind !== 'piecewise') throw new Error('the bank preset has a day profile');
    const day = profileDay(arrivals.segments);
    expect(day.minutes).toBe(210);
    expect(day.expected).toBeCloseTo(276, 9);
  });
});
