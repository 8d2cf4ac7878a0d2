/** Bringing an exported file's progress into this device's: loaded by the progress page, beside the store it writes through. */
import { mergeProgress } from '../lib/progress/mergeProgress.ts';
import type { Progress } from '../lib/progress/progressState.ts';
import { encodeProgress } from '../lib/progress/readProgress.ts';
import { progress, write } from './progress.ts';

/** How many changed records an import saved, and how many storage could not hold. */
export interface ImportOutcome {
  saved: number;
  unsaved: number;
}

/** Merges imported progress into this device's: only records that change are written, each one tried. */
export function importProgress(incoming: Progress): ImportOutcome {
  const current = encodeProgress(progress.get());
  const merged = encodeProgress(mergeProgress(progress.get(), incoming));
  const changed = Object.entries(merged).filter(([key, text]) => current[key] !== text);
  const unsaved = changed.filter(([key, text]) => !write(key, text)).length;
  return { saved: changed.length - unsaved, unsaved };
}
