/**
 * The arrival times of one run, one at a time: Poisson, a piecewise-constant rate profile, or a
 * fixed schedule. The profile uses the exact piecewise-exponential method: one unit-rate
 * exponential draw is spent across segments in proportion to each segment's rate, so a rush
 * hour starts exactly when the profile says, with no thinning rejections.
 */
import type { ArrivalProfile } from './queueConfig.ts';
import type { Uniform } from './randomStreams.ts';
import { exponential } from './randomVariates.ts';

/** Returns the next arrival time in minutes, or null once no customer will arrive any more. */
export type ArrivalClock = () => number | null;

export function createArrivalClock(profile: ArrivalProfile, uniform: Uniform): ArrivalClock {
  switch (profile.kind) {
    case 'poisson': {
      let now = 0;
      return () => (now += exponential(uniform, 1 / profile.ratePerMinute));
    }
    case 'scheduled': {
      let index = 0;
      return () => profile.times[index++] ?? null;
    }
    case 'piecewise':
      return piecewiseClock(profile.segments, profile.repeat, uniform);
  }
}

function piecewiseClock(
  segments: readonly { minutes: number; ratePerMinute: number }[],
  repeat: boolean,
  uniform: Uniform,
): ArrivalClock {
  let now = 0;
  let segment = 0;
  let segmentEnd = segments[0]!.minutes;
  let finished = false;
  // Expected arrivals in one pass of the profile, and its length: a quiet profile skips whole
  // passes at once instead of walking through each (validation keeps the load above zero).
  const passLoad = segments.reduce((sum, { minutes, ratePerMinute }) => sum + minutes * ratePerMinute, 0);
  const passMinutes = segments.reduce((sum, { minutes }) => sum + minutes, 0);
  return () => {
    if (finished) return null;
    // "Work" left before the next arrival, measured in expected arrivals.
    let need = exponential(uniform, 1);
    for (;;) {
      const rate = segments[segment]!.ratePerMinute;
      const available = rate * (segmentEnd - now);
      if (need < available) {
        now += need / rate;
        return now;
      }
      need -= available;
      now = segmentEnd;
      segment++;
      if (segment === segments.length) {
        if (!repeat) {
          finished = true;
          return null;
        }
        segment = 0;
        const passes = Math.floor(need / passLoad);
        now += passes * passMinutes;
        need = Math.max(0, need - passes * passLoad);
      }
      segmentEnd = now + segments[segment]!.minutes;
    }
  };
}
