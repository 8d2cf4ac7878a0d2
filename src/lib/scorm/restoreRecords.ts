/**
 * What to write to the device when a package opens with progress the LMS kept: the LMS's records
 * fill in what the device lacks, and where the device has a record of its own (the learner worked
 * on this device since), the newer work wins, so opening the package never loses an answer.
 */
import { encodeRecord, readProgress } from '../progress/readProgress.ts';

/** Time of the latest thing a record says happened, or -1 when it holds nothing with a time. */
function latestTime(key: string, text: string): number {
  const { progress } = readProgress({ [key]: text });
  const times = [
    ...Object.values(progress.answers).flatMap((attempts) => attempts.map((attempt) => attempt.at)),
    ...Object.values(progress.tests).map((test) => test.at),
    ...Object.values(progress.drafts).map((draft) => draft.at),
    ...Object.values(progress.read),
    ...Object.values(progress.widgets),
    ...Object.values(progress.roleplays).map((record) => record.at),
  ];
  return times.length ? Math.max(...times) : -1;
}

/**
 * The records to store (key without `crm:` → JSON text) from the LMS's `restored` ones, given what
 * the device holds under the same keys (`local`, undefined where it holds nothing). Restored
 * records that fail the progress schemas are left out and counted.
 */
export function recordsToRestore(
  restored: Readonly<Record<string, string>>,
  local: (key: string) => string | undefined,
): { writes: Record<string, string>; rejected: number } {
  const { progress, unreadable, newer } = readProgress(restored);
  const writes: Record<string, string> = {};
  for (const key of Object.keys(restored)) {
    if (unreadable.includes(key) || newer.includes(key)) continue;
    const text = encodeRecord(progress, key);
    if (text === undefined) continue;
    const mine = local(key);
    if (mine === undefined) {
      writes[key] = text;
      continue;
    }
    const mineRead = readProgress({ [key]: mine });
    if (mineRead.unreadable.length > 0) continue; // the course's own reading sets it aside; leave that to it
    if (key.startsWith('item:')) {
      // An item keeps every answer: the LMS's latest one joins the device's when it is newer than all of them.
      const itemId = key.slice('item:'.length);
      const mineAttempts = mineRead.progress.answers[itemId] ?? [];
      const theirs = progress.answers[itemId] ?? [];
      const newest = Math.max(-1, ...mineAttempts.map((attempt) => attempt.at));
      const added = theirs.filter(
        (attempt) => attempt.at > newest && !mineAttempts.some((own) => own.id === attempt.id),
      );
      if (added.length) {
        const merged = { ...mineRead.progress, answers: { [itemId]: [...mineAttempts, ...added] } };
        writes[key] = encodeRecord(merged, key)!;
      }
    } else if (latestTime(key, text) > latestTime(key, mine)) writes[key] = text;
  }
  return { writes, rejected: unreadable.length };
}
