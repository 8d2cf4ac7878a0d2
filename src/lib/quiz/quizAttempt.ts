/**
 * Whether a stored attempt answers a quiz item: the progress records also hold written exam
 * answers (kind `written`, src/lib/exam/), which the quiz neither grades nor shows.
 */
import type { Attempt } from '../../schemas/progress.ts';
import type { Response } from './grade.ts';

export const isQuizAttempt = (attempt: Attempt): attempt is Attempt & { response: Response } =>
  attempt.response.kind !== 'written';
