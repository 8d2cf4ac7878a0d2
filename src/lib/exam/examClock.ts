/**
 * The mock exam's countdown as plain numbers, so a reload, a paused tab or a closed laptop never
 * loses time: the clock stores the time used while paused and the moment it was last started, and
 * the time left is worked out from them whenever it is asked for.
 */
export interface ExamClock {
  /** The time allowed, ms. */
  limit: number;
  /** Time used before the clock was last started, ms. */
  used: number;
  /** When the clock was last started (ms since 1970); absent while paused or not yet started. */
  running?: number | undefined;
}

export function timeUsed(clock: ExamClock, now: number): number {
  const since = clock.running === undefined ? 0 : Math.max(0, now - clock.running);
  return Math.min(clock.limit, clock.used + since);
}

export const timeLeft = (clock: ExamClock, now: number): number => clock.limit - timeUsed(clock, now);

export const timeUp = (clock: ExamClock, now: number): boolean => timeLeft(clock, now) <= 0;

export function startClock(clock: ExamClock, now: number): ExamClock {
  if (clock.running !== undefined || timeUp(clock, now)) return clock;
  return { limit: clock.limit, used: clock.used, running: now };
}

/** A clock, or a record that holds one (a mock paper), with the clock paused and the rest kept. */
export function pauseClock<Record extends ExamClock>(record: Record, now: number): Record {
  const { running: _running, ...rest } = record;
  return { ...rest, used: timeUsed(record, now) } as Record;
}

/** The moments, in minutes left, at which the time is read out to the learner (and when it is up). */
export const ANNOUNCED_MINUTES = [30, 10, 5, 1] as const;

/**
 * Whether the time left passed an announced moment between two readings: the clock ticks every
 * second, but a screen reader hears the time only at these moments, not every second.
 */
export function passedAnnouncedMoment(leftBefore: number, leftNow: number): boolean {
  return ANNOUNCED_MINUTES.some((minutes) => leftBefore > minutes * 60_000 && leftNow <= minutes * 60_000);
}

/** Time left as the clock face shows it: h:mm:ss, or m:ss under an hour (rounded up to the second). */
export function clockFace(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Whole minutes left, rounded up (what is read out: "5 minutes left" until the last second of the fifth). */
export const minutesLeft = (ms: number): number => Math.max(0, Math.ceil(ms / 60_000));
