/**
 * How hard a configuration works its servers: the average arrival rate and the offered load per
 * server, ρ = λ × mean service ÷ servers. Kept apart from queueConfig.ts so the widget can warn
 * about an overloaded setting without loading that file's zod schema.
 */
import type { ArrivalProfile, QueueConfig } from './queueConfig.ts';

/** A spell of a day profile: so many minutes at so many arrivals a minute. */
export interface ArrivalSegment {
  minutes: number;
  ratePerMinute: number;
}

/** Customers a minute averaged over a day profile, each spell weighted by its minutes. */
export function profileMeanRate(segments: readonly ArrivalSegment[]): number {
  const minutes = segments.reduce((sum, segment) => sum + segment.minutes, 0);
  return segments.reduce((sum, segment) => sum + segment.minutes * segment.ratePerMinute, 0) / minutes;
}

/**
 * A day profile's length and the customers expected over it (Σ minutes × rate): a run of a day
 * that does not repeat stops when the day ends, whatever number of customers it was allowed.
 */
export function profileDay(segments: readonly ArrivalSegment[]): { minutes: number; expected: number } {
  return {
    minutes: segments.reduce((sum, segment) => sum + segment.minutes, 0),
    expected: segments.reduce((sum, segment) => sum + segment.minutes * segment.ratePerMinute, 0),
  };
}

/** Customers a minute averaged over the profile (over the scheduled span for fixed times). */
export function averageArrivalRate(arrivals: ArrivalProfile): number {
  switch (arrivals.kind) {
    case 'poisson':
      return arrivals.ratePerMinute;
    case 'piecewise':
      return profileMeanRate(arrivals.segments);
    case 'scheduled': {
      const span = arrivals.times[arrivals.times.length - 1]! - arrivals.times[0]!;
      return span > 0 ? (arrivals.times.length - 1) / span : 0;
    }
  }
}

/**
 * Offered load per server, ρ = λ × mean service ÷ servers, using the average arrival rate over
 * the profile. At 1 or more the line grows without bound (the view can warn before running).
 */
export function offeredLoad(config: QueueConfig): number {
  return (averageArrivalRate(config.arrivals) * config.service.meanMinutes) / config.servers;
}

/**
 * Load per server in the busiest spell of a day profile, where it may pass 1 for a while even
 * though the day's average stays below; null for other arrivals, whose rate never changes.
 */
export function peakLoad(config: QueueConfig): number | null {
  if (config.arrivals.kind !== 'piecewise') return null;
  const busiest = Math.max(...config.arrivals.segments.map((segment) => segment.ratePerMinute));
  return (busiest * config.service.meanMinutes) / config.servers;
}
