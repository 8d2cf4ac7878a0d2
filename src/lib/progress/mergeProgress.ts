/**
 * Combining progress from two places (another tab, an import file). Nothing is ever dropped:
 * answers are the union of both attempt lists (so the newer answer to an item wins, being the
 * latest), tests are unioned, "read" and "used" keep the earlier date, a role-play keeps the
 * better best ending and this device's conversation, and a mock exam paper known to both keeps
 * this device's copy unless only the other one has been marked.
 */
import type { Attempt } from '../../schemas/progress.ts';
import { own, type Progress } from './progressState.ts';
import { mergeRoleplay, raisesBest } from './roleplayProgress.ts';

function unionAttempts(ours: Attempt[] = [], theirs: Attempt[] = []): Attempt[] {
  const byId = new Map(ours.map((attempt) => [attempt.id, attempt]));
  for (const attempt of theirs) {
    const known = byId.get(attempt.id);
    // The same attempt seen twice: one copy may have been marked hard since.
    byId.set(attempt.id, known ? { ...known, ...(known.hard || attempt.hard ? { hard: true } : {}) } : attempt);
  }
  return [...byId.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function earliest(ours: Record<string, number>, theirs: Record<string, number>): Record<string, number> {
  const merged = { ...ours };
  for (const [key, at] of Object.entries(theirs)) merged[key] = Math.min(at, own(merged, key) ?? at);
  return merged;
}

export function mergeProgress(ours: Progress, theirs: Progress): Progress {
  const answers = { ...ours.answers };
  for (const itemId of Object.keys(theirs.answers)) {
    answers[itemId] = unionAttempts(own(ours.answers, itemId), own(theirs.answers, itemId));
  }
  const drafts = { ...ours.drafts };
  for (const [itemId, draft] of Object.entries(theirs.drafts)) {
    const known = own(drafts, itemId);
    if (!known || draft.at > known.at) drafts[itemId] = draft;
  }
  const roleplays = { ...ours.roleplays };
  for (const [scenarioId, record] of Object.entries(theirs.roleplays)) {
    const known = own(roleplays, scenarioId);
    roleplays[scenarioId] = known ? mergeRoleplay(known, record) : record;
  }
  const mocks = { ...ours.mocks };
  for (const [paperId, paper] of Object.entries(theirs.mocks)) {
    const known = own(mocks, paperId);
    if (!known || (!known.marked && paper.marked)) mocks[paperId] = paper;
  }
  return {
    answers,
    tests: { ...theirs.tests, ...ours.tests },
    drafts,
    read: earliest(ours.read, theirs.read),
    widgets: earliest(ours.widgets, theirs.widgets),
    roleplays,
    mocks,
  };
}

/** What merging `theirs` into `ours` would add: shown to the learner before an import. */
export interface ProgressChanges {
  /** Items that gain at least one answer. */
  items: number;
  /** Answers added over all items. */
  attempts: number;
  tests: number;
  chaptersRead: number;
  widgetsUsed: number;
  /** Role-plays whose best ending rises (or is reached for the first time). */
  roleplayBests: number;
  /** Marked mock exam papers this device does not have marked. */
  mockPapers: number;
}

export function progressChanges(ours: Progress, theirs: Progress): ProgressChanges {
  let items = 0;
  let attempts = 0;
  for (const [itemId, list] of Object.entries(theirs.answers)) {
    const known = new Set((own(ours.answers, itemId) ?? []).map((attempt) => attempt.id));
    const added = list.filter((attempt) => !known.has(attempt.id)).length;
    attempts += added;
    if (added > 0) items++;
  }
  const added = (mine: object, other: object) => Object.keys(other).filter((key) => !Object.hasOwn(mine, key)).length;
  return {
    items,
    attempts,
    tests: added(ours.tests, theirs.tests),
    chaptersRead: added(ours.read, theirs.read),
    widgetsUsed: added(ours.widgets, theirs.widgets),
    roleplayBests: Object.entries(theirs.roleplays).filter(([id, record]) =>
      raisesBest(own(ours.roleplays, id), record),
    ).length,
    mockPapers: Object.entries(theirs.mocks).filter(([id, paper]) => paper.marked && !own(ours.mocks, id)?.marked)
      .length,
  };
}

export const hasChanges = (changes: ProgressChanges): boolean => Object.values(changes).some((count) => count > 0);
