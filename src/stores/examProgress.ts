/**
 * Written exam answers and mock exam papers in the learner's progress: loaded by the exam islands,
 * beside the store they write through. A written answer is recorded like a quiz answer (an attempt
 * under `item:<itemId>`, so export, merge and the review queue treat it as any other); the text
 * being written is kept as a draft under `draft:<itemId>` until it is scored.
 */
import { draftRecord } from '../lib/progress/progressRecords.ts';
import { storageKey } from '../lib/progress/progressState.ts';
import type { MockRecord } from '../schemas/progress.ts';
import { recordAnswer, write } from './progress.ts';

/** The answer as typed so far (none when empty); false when it could not be saved. */
export function saveWrittenDraft(itemId: string, text: string, now = Date.now()): boolean {
  return write(
    storageKey.draft(itemId),
    text === '' ? undefined : JSON.stringify(draftRecord(now, { kind: 'written', text })),
  );
}

export interface WrittenAnswer {
  itemId: string;
  fingerprint: string;
  text: string;
  ticked: string[];
  /** Ticked marks over the item's total (src/lib/exam/writtenScore.ts). */
  score: number;
  mode: 'practice' | 'test' | 'review';
}

/** Records a self-marked answer as an attempt and clears its draft; the attempt id, or undefined when it was not saved. */
export function recordWritten(answer: WrittenAnswer, now = Date.now()): string | undefined {
  const { itemId, fingerprint, text, ticked, score, mode } = answer;
  const id = recordAnswer({ itemId, fingerprint, response: { kind: 'written', text, ticked }, score, mode }, now);
  if (id && mode !== 'test') write(storageKey.draft(itemId), undefined);
  return id;
}

/** Saves a mock exam paper as it stands (drawn, being written, timed, marked). */
export function saveMock(paperId: string, paper: MockRecord): boolean {
  return write(storageKey.mock(paperId), JSON.stringify(paper));
}

/** Forgets a paper not yet marked (the learner drew another). */
export function dropMock(paperId: string): void {
  write(storageKey.mock(paperId), undefined);
}
