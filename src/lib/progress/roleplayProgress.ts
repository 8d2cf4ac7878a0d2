/**
 * How a complaint role-play's record changes: saving the conversation after each reply (and
 * raising the best ending when a better one is reached), and combining two copies of a record.
 * The best ending never goes down: replaying a scenario badly does not erase an earlier success.
 */
import type { RoleplayRecord } from '../../schemas/progress';
import { ENDINGS, type EndingKind } from '../roleplay/scenarioTypes';

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
  return best ? { v: 2, at: now, best, path: steps } : { v: 2, at: now, path: steps };
}

/** Two copies of one scenario's record (two tabs): the better best ending, and the more recent conversation. */
export function mergeRoleplay(ours: RoleplayRecord, theirs: RoleplayRecord): RoleplayRecord {
  const recent = theirs.at > ours.at ? theirs : ours;
  const best = betterBest(ours.best, theirs.best);
  return best ? { ...recent, best } : recent;
}
