/**
 * The checks an imported progress file passes before anything is merged: size, JSON, that it is
 * this course's file, its version, and every entry against the same schemas as storage (entries
 * that fail are skipped and counted).
 */
import { PROGRESS_VERSION, exportFileSchema } from '../../schemas/progress.ts';
import { MAX_IMPORT_BYTES, roleplayBests } from './progressFile.ts';
import type { Progress } from './progressState.ts';
import { readProgress } from './readProgress.ts';

export type ImportProblem = 'tooLarge' | 'empty' | 'notJson' | 'foreign' | 'newerVersion' | 'nothingReadable';

export type ImportResult = { ok: true; progress: Progress; skipped: number } | { ok: false; problem: ImportProblem };

/** Reads an import file's text; `bytes` is the file's size, checked before its text is parsed. */
export function readImportFile(text: string, bytes: number = text.length): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problem: 'tooLarge' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  const file = exportFileSchema.safeParse(json);
  if (!file.success) return { ok: false, problem: 'foreign' };
  if (file.data.version > PROGRESS_VERSION) return { ok: false, problem: 'newerVersion' };
  const { progress, unreadable, newer } = readProgress(file.data.entries);
  const readable = Object.keys(file.data.entries).length - unreadable.length - newer.length;
  if (readable === 0 && Object.keys(file.data.entries).length > 0) return { ok: false, problem: 'nothingReadable' };
  // An import never brings half-finished tests, papers or conversations: only role-plays' best endings.
  const mocks = Object.fromEntries(Object.entries(progress.mocks).filter(([, paper]) => paper.marked));
  const imported = { ...progress, drafts: {}, roleplays: roleplayBests(progress.roleplays), mocks };
  return { ok: true, progress: imported, skipped: unreadable.length + newer.length };
}
