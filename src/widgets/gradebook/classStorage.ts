/**
 * The class kept on this device: under 'crm-gradebook:<assignment id>', the texts of the class's
 * report files and when they were kept, so reopening the page shows the class again without the
 * files. Only the instructor's own browser holds it; a value that cannot be read is ignored, and a
 * class too large for the browser's storage is simply not kept (the page says so).
 */
import type { ReportFile } from '../../lib/gradebook/readReportFiles.ts';

const PREFIX = 'crm-gradebook:';

export interface KeptClass {
  assignmentId: string;
  keptAt: number;
  files: ReportFile[];
}

function keys(): string[] {
  try {
    return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? '').filter((key) =>
      key.startsWith(PREFIX),
    );
  } catch {
    return [];
  }
}

export const hasKeptClass = (): boolean => keys().length > 0;

function read(key: string): KeptClass | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { keptAt, files } = value as { keptAt?: unknown; files?: unknown };
    if (typeof keptAt !== 'number' || !Array.isArray(files)) return undefined;
    const valid = files.every(
      (file: unknown) =>
        typeof file === 'object' &&
        file !== null &&
        typeof (file as ReportFile).name === 'string' &&
        typeof (file as ReportFile).text === 'string',
    );
    return valid ? { assignmentId: key.slice(PREFIX.length), keptAt, files: files as ReportFile[] } : undefined;
  } catch {
    return undefined;
  }
}

/** The class of an assignment, or, with none named, the class kept most recently. */
export function keptClass(assignmentId?: string): KeptClass | undefined {
  if (assignmentId !== undefined) return read(PREFIX + assignmentId);
  return keys()
    .map(read)
    .filter((kept) => kept !== undefined)
    .sort((a, b) => b.keptAt - a.keptAt)[0];
}

/** Keeps the class; false when the browser refuses (storage full or switched off). */
export function keepClass(assignmentId: string, files: readonly ReportFile[], now: number): boolean {
  try {
    localStorage.setItem(PREFIX + assignmentId, JSON.stringify({ keptAt: now, files }));
    return true;
  } catch {
    return false;
  }
}

export function forgetClass(assignmentId: string): void {
  try {
    localStorage.removeItem(PREFIX + assignmentId);
  } catch {
    // Storage switched off: there was nothing kept to clear.
  }
}
