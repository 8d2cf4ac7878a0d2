/**
 * This device's progress for islands that only show it (the home page's card, a student's
 * assignment), read by the store's own reader (readProgress) but without the store, so such a page
 * shows it from a few kilobytes of script; records the reader cannot vouch for are not counted
 * (the store sets them aside the next time a page with a quiz loads it). Read again when another
 * tab changes a record. The server's copy, and the first render, show an empty device.
 */
import { useEffect, useState } from 'preact/hooks';
import { emptyProgress, storageKey, type Progress } from '../../lib/progress/progressState.ts';
import { readProgress } from '../../lib/progress/readProgress.ts';

/** This device's records under the course's prefix, or null when storage is blocked. */
function storedRecords(): Record<string, string> | null {
  try {
    const records: Record<string, string> = {};
    for (const key of Object.keys(localStorage))
      if (key.startsWith(storageKey.prefix))
        records[key.slice(storageKey.prefix.length)] = localStorage.getItem(key) ?? '';
    return records;
  } catch {
    return null;
  }
}

export function useStoredProgress(): { progress: Progress; blocked: boolean } {
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    const read = () => {
      const records = storedRecords();
      if (records) setProgress(readProgress(records).progress);
      else setBlocked(true);
    };
    read();
    // Another tab answered, read or cleared (key null): this page's copy follows.
    const changed = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith(storageKey.prefix)) read();
    };
    addEventListener('storage', changed);
    return () => removeEventListener('storage', changed);
  }, []);
  return { progress, blocked };
}
