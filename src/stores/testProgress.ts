/** A chapter's test: its drafts and its submission, loaded with test mode beside the store it writes through. */
import { draftRecord, testRecord } from '../lib/progress/progressRecords.ts';
import { storageKey } from '../lib/progress/progressState.ts';
import type { ItemInput } from '../lib/quiz/itemInput.ts';
import { newId, recordAnswer, write, type AnswerToRecord } from './progress.ts';

/**
 * A test answer, saved as it is given so a reload or a closed tab loses nothing before submitting;
 * false when it could not be saved (the test says so beside the item).
 */
export function saveDraft(itemId: string, input: ItemInput | undefined): boolean {
  return write(storageKey.draft(itemId), input && JSON.stringify(draftRecord(Date.now(), input)));
}

/** A submitted test: every answer is recorded as an attempt, then the test's score; drafts are cleared. */
export function recordTest(chapter: string, answers: AnswerToRecord[], itemCount: number, now = Date.now()): boolean {
  for (const answer of answers) if (!recordAnswer(answer, now)) return false;
  const itemScores = Object.fromEntries(answers.map((answer) => [answer.itemId, answer.score]));
  const score = answers.reduce((sum, answer) => sum + answer.score, 0) / itemCount;
  const saved = write(storageKey.test(chapter, newId()), JSON.stringify(testRecord(chapter, now, score, itemScores)));
  for (const answer of answers) write(storageKey.draft(answer.itemId), undefined);
  return saved;
}
