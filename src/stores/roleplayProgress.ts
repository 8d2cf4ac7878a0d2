/** Role-play conversations in the learner's progress: loaded by the role-play, beside the store it writes through. */
import { saveRoleplay } from '../lib/progress/roleplayProgress.ts';
import { encodeRecord } from '../lib/progress/readProgress.ts';
import { storageKey } from '../lib/progress/progressState.ts';
import type { EndingKind } from '../lib/roleplay/scenarioTypes.ts';
import type { RoleplayRecord } from '../schemas/progress.ts';
import { progress, write } from './progress.ts';

/**
 * A role-play's conversation after each reply (or a restart, with an empty path), saved at once so
 * a reload resumes it; reaching an ending better than any before raises the scenario's best.
 */
export function recordRoleplay(
  scenarioId: string,
  path: RoleplayRecord['path'],
  ending: EndingKind | null,
  now = Date.now(),
): boolean {
  const current = progress.get();
  const record = saveRoleplay(current.roleplays[scenarioId], path, ending, now);
  const key = storageKey.roleplay(scenarioId);
  return write(key, encodeRecord({ ...current, roleplays: { ...current.roleplays, [scenarioId]: record } }, key));
}
