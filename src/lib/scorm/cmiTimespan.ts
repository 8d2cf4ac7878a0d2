/**
 * SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS`, for `cmi.core.session_time`: the time a learner spent
 * in one sitting, which the LMS adds to the total it keeps.
 */

/** The longest span the format can write: 9999 hours, 59 minutes, 59.99 seconds. */
const LONGEST_MS = (9999 * 3600 + 59 * 60 + 59) * 1000 + 990;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * Milliseconds as a CMITimespan. Hundredths are cut, not rounded, so a span never reads longer
 * than it was; a span below zero or not a number (a clock set back) reads as zero, and one past
 * the format's reach as its longest.
 */
export function formatCmiTimespan(milliseconds: number): string {
  const clamped = Number.isFinite(milliseconds) ? Math.min(Math.max(milliseconds, 0), LONGEST_MS) : 0;
  const hundredths = Math.floor(clamped / 10);
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor(hundredths / 6_000) % 60;
  const seconds = Math.floor(hundredths / 100) % 60;
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(hundredths % 100, 2)}`;
}
