/**
 * How a complaint role-play's record changes: saving the conversation after each reply (and
 * raising the best ending when a better one is reached), and combining two copies of a record.
 * The best ending never goes down: replaying a scenario badly does not erase an earlier success.
 * Only the best ending travels to another device.
 */
import type { RoleplayRecord } from '../../schemas/progress.ts';
import { ENDINGS, type EndingKind } from '../roleplay/scenarioTypes.ts';
import { roleplayRecord } from './progressRecords.ts';

type Best = NonNullable<RoleplayRecord['best']>;
type SavedStep = RoleplayRecord['path'][number];

/** The better of two bests (ENDINGS is ordered best first); on a tie the earlier one, when it was first reached. */
export function betterBest(ours: Best | undefined, theirs: Best | undefined): Best | undefined {
  if (!ours || !theirs) return ours ?? theirs;
  const rank = ENDINGS.indexOf(ours.ending) - ENDINGS.indexOf(theirs.ending);
  if (rank !== 0) return rank < 0 ? ours : theirs;
  return ours.at <= theirs.at ? ours : theirs;
}

/** The record after the conversation reached `path` (an ending, if it has one); a restart saves an empty path. */
export function saveRoleplay(
  current: RoleplayRecord | undefined,
  path: readonly SavedStep[],
  ending: EndingKind | null,
  now: number,
): RoleplayRecord {
  const steps = path.map(({ nodeId, choiceId, freeText }) =>
    freeText ? { nodeId, choiceId, freeText } : { nodeId, choiceId },
  );
  const best = betterBest(current?.best, ending ? { ending, at: now } : undefined);
  return roleplayRecord(now, steps, best);
}

/**
 * What leaves the device in an export: the best ending only. The conversation, with the
 * learner's own words, stays here; a record that never reached an ending has nothing to carry.
 */
export function bestOnly(record: RoleplayRecord): RoleplayRecord | undefined {
  return record.best && roleplayRecord(record.best.at, [], record.best);
}

/** A record from another device raises this one's best ending; the conversation here is kept as it is. */
export function mergeRoleplay(ours: RoleplayRecord, theirs: RoleplayRecord): RoleplayRecord {
  const best = betterBest(ours.best, theirs.best);
  return best ? { ...ours, best } : ours;
}

/** Whether merging `theirs` would give `ours` a better best ending (or a first one). */
export function raisesBest(ours: RoleplayRecord | undefined, theirs: RoleplayRecord): boolean {
  return theirs.best !== undefined && betterBest(ours?.best, theirs.best) !== ours?.best;
}
