/**
 * What the LMS is told about a chapter: its score and its status. The rule: the score is the one of
 * the chapter quiz's latest submitted test (not the best: an LMS gradebook records the attempt
 * that stands, and a retake replaces it), as a percentage with two decimals; the lesson is
 * `incomplete` until a test is submitted, then `passed` at the mastery score or above, `failed` below.
 */
import type { TestRecord } from '../../schemas/progress.ts';

/** The share of the quiz, in per cent, that passes a chapter: stated to the LMS as `adlcp:masteryscore`. */
export const MASTERY_SCORE = 60;

export type LessonStatus = 'incomplete' | 'passed' | 'failed';

export interface LessonResult {
  status: LessonStatus;
  /** `cmi.core.score.raw` on the 0–100 scale of `score.min`/`score.max`; absent before any test. */
  raw?: number;
}

/** The chapter's result from its submitted tests (any order). */
export function lessonResult(tests: readonly Pick<TestRecord, 'at' | 'score'>[]): LessonResult {
  let latest: Pick<TestRecord, 'at' | 'score'> | undefined;
  for (const test of tests) if (!latest || test.at >= latest.at) latest = test;
  if (!latest) return { status: 'incomplete' };
  const share = Number.isFinite(latest.score) ? Math.min(Math.max(latest.score, 0), 1) : 0;
  const raw = Math.round(share * 10_000) / 100;
  return { status: raw >= MASTERY_SCORE ? 'passed' : 'failed', raw };
}
