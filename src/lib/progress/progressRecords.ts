/**
 * The records the course writes to the device, one builder per kind, all at PROGRESS_VERSION:
 * the store, the migrations and the chapter page's read marker build them here, so nothing else
 * spells out a record's version or fields. Each returns the record; storage holds its JSON text.
 */
import type {
  Attempt,
  DraftRecord,
  ItemRecord,
  MarkRecord,
  RoleplayRecord,
  TestRecord,
} from '../../schemas/progress.ts';
import { ATTEMPTS_MAX, PROGRESS_VERSION, storageKey } from './progressState.ts';

/** `item:<itemId>`: the answers the learner gave to the item (given oldest first), its newest ATTEMPTS_MAX at most. */
export function itemRecord(attempts: Attempt[]): ItemRecord {
  return { v: PROGRESS_VERSION, attempts: attempts.length > ATTEMPTS_MAX ? attempts.slice(-ATTEMPTS_MAX) : attempts };
}

/** `read:<chapter>`: when the chapter was first read to the end. */
export function readRecord(at: number): MarkRecord {
  return { v: PROGRESS_VERSION, at };
}

/** `widget:<chapter>:<widget>`: when the widget was first used. */
export function widgetRecord(at: number): MarkRecord {
  return { v: PROGRESS_VERSION, at };
}

/** `draft:<itemId>`: an answer given in test mode, kept until the test is submitted. */
export function draftRecord(at: number, input: DraftRecord['input']): DraftRecord {
  return { v: PROGRESS_VERSION, at, input };
}

/** `test:<chapter>:<attemptId>`: one submitted test, its score and each item's. */
export function testRecord(
  chapter: string,
  at: number,
  score: number,
  itemScores: TestRecord['itemScores'],
): TestRecord {
  return { v: PROGRESS_VERSION, chapter, at, score, itemScores };
}

/** `roleplay:<scenarioId>`: the conversation as it stands and, once one is reached, the best ending. */
export function roleplayRecord(
  at: number,
  path: RoleplayRecord['path'],
  best?: RoleplayRecord['best'],
): RoleplayRecord {
  return best ? { v: PROGRESS_VERSION, at, best, path } : { v: PROGRESS_VERSION, at, path };
}

/**
 * What the chapter page's inline script needs to mark the chapter read before any island (and
 * so the store) has loaded: the full storage key and the read record as JSON text, its `at` the
 * one field the script fills in, with the moment the chapter's end comes into view.
 */
export function readMarker(chapter: string): { key: string; record: string } {
  return { key: storageKey.prefix + storageKey.read(chapter), record: JSON.stringify(readRecord(0)) };
}
