/** The mock exam's countdown, with times worked out by hand. */
import { describe, expect, it } from 'vitest';
import {
  clockFace,
  minutesLeft,
  passedAnnouncedMoment,
  pauseClock,
  startClock,
  timeLeft,
  timeUp,
} from '../../../../src/lib/exam/examClock.ts';

const minute = 60_000;
const t0 = Date.UTC(2026, 11, 5, 8, 0, 0);

describe('the exam clock', () => {
  it('counts down from the limit while running, and holds while paused', () => {
    const clock = startClock({ limit: 90 * minute, used: 0 }, t0);
    expect(timeLeft(clock, t0 + 25 * minute)).toBe(65 * minute);
    // Paused after 25 minutes, then left alone for an hour: still 65 minutes left.
    const paused = pauseClock(clock, t0 + 25 * minute);
    expect(paused).toEqual({ limit: 90 * minute, used: 25 * minute });
    expect(timeLeft(paused, t0 + 85 * minute)).toBe(65 * minute);
    // Resumed at +85 min: 10 more minutes used by +95 → 55 left.
    expect(timeLeft(startClock(paused, t0 + 85 * minute), t0 + 95 * minute)).toBe(55 * minute);
  });

  it('pauses a paper’s clock and keeps the rest of the paper', () => {
    // Started at t0 with 10 minutes already used; paused 20 minutes later: 30 minutes used.
    const paper = { limit: 60 * minute, used: 10 * minute, running: t0, answers: { a: 'text' } };
    expect(pauseClock(paper, t0 + 20 * minute)).toEqual({
      limit: 60 * minute,
      used: 30 * minute,
      answers: { a: 'text' },
    });
  });

  it('is up at the limit, never below zero, and will not start again once up', () => {
    const clock = startClock({ limit: 10 * minute, used: 0 }, t0);
    expect(timeUp(clock, t0 + 10 * minute - 1)).toBe(false);
    expect(timeUp(clock, t0 + 10 * minute)).toBe(true);
    expect(timeLeft(clock, t0 + 3 * 60 * minute)).toBe(0);
    const over = pauseClock(clock, t0 + 60 * minute);
    expect(over.used).toBe(10 * minute);
    expect(startClock(over, t0 + 61 * minute)).toBe(over);
  });

  it('starting a running clock changes nothing (a double press keeps the first start)', () => {
    const clock = startClock({ limit: 10 * minute, used: 0 }, t0);
    expect(startClock(clock, t0 + minute)).toBe(clock);
  });

  it('reads the time out at 30, 10, 5 and 1 minutes left, not at every tick', () => {
    expect(passedAnnouncedMoment(30 * minute + 1000, 30 * minute)).toBe(true);
    expect(passedAnnouncedMoment(29 * minute, 28 * minute)).toBe(false);
    expect(passedAnnouncedMoment(5 * minute + 500, 4 * minute + 59_500)).toBe(true);
    expect(passedAnnouncedMoment(61_000, 60_000)).toBe(true);
    expect(passedAnnouncedMoment(59_000, 58_000)).toBe(false);
    // A tab asleep from 40 to 3 minutes left passes several moments: once is enough.
    expect(passedAnnouncedMoment(40 * minute, 3 * minute)).toBe(true);
  });

  it('shows h:mm:ss, or m:ss under an hour, rounding up to the second', () => {
    expect(clockFace(110 * minute)).toBe('1:50:00');
    expect(clockFace(5 * minute + 7000)).toBe('5:07');
    expect(clockFace(999)).toBe('0:01');
    expect(clockFace(0)).toBe('0:00');
    expect(clockFace(-5)).toBe('0:00');
    expect(minutesLeft(4 * minute + 1)).toBe(5);
    expect(minutesLeft(0)).toBe(0);
  });
});
