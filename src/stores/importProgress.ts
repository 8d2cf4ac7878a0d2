/** Bringing an exported file's progress into this device's: loaded by the progress page, beside the store it writes through. */
import { mergeProgress } from '../lib/progress/mergeProgress.ts';
import type { Progress } from '../lib/progress/progressState.ts';
import { encodeProgress } from '../lib/progress/readProgress.ts';
import { progress, write } from './progress.ts';

/** Merges imported progress into this device's: only records that change are written. */
export function importProgress(incoming: Progress): boolean {
  const current = encodeProgress(progress.get());
  const merged = encodeProgress(mergeProgress(progress.get(), incoming));
  return Object.entries(merged).every(([key, text]) => current[key] === text || write(key, text));
}
