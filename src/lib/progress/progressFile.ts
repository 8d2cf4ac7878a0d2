/**
 * The export file that carries progress to another device. Reading one back (importFile.ts) needs
 * zod, which the progress page loads only when a file is chosen.
 */
import { EXPORT_FORMAT, PROGRESS_VERSION, type Progress } from './progressState.ts';
import { encodeProgress } from './readProgress.ts';
import { bestOnly } from './roleplayProgress.ts';

/** Far above what a whole course of answers takes (a few hundred KB), far below what would hang a phone. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Role-plays reduced to their best endings (the conversations stay on the device). */
export function roleplayBests(roleplays: Progress['roleplays']): Progress['roleplays'] {
  return Object.fromEntries(
    Object.entries(roleplays).flatMap(([scenarioId, record]) => {
      const best = bestOnly(record);
      return best ? [[scenarioId, best]] : [];
    }),
  );
}

export function exportFile(progress: Progress, now: Date): string {
  const exported = { ...progress, roleplays: roleplayBests(progress.roleplays) };
  const entries = Object.fromEntries(
    Object.entries(encodeProgress(exported, { deviceOnly: false })).map(([key, text]) => [key, JSON.parse(text)]),
  );
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), entries },
    null,
    1,
  );
}
