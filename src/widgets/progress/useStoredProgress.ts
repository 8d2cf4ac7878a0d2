/**
 * This device's progress for the home page's islands, read by the store's own reader
 * (readProgress) but without the store, so the home page shows it from a few kilobytes of script;
 * records the reader cannot vouch for are not counted (the store sets them aside the next time a
 * page with a quiz loads it). The server's copy, and the first render, show an empty device.
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
    const records = storedRecords();
    if (records) setProgress(readProgress(records).progress);
    else setBlocked(true);
  }, []);
  return { progress, blocked };
}
