/**
 * The class's files after the instructor chooses more: the new ones added after those already
 * read, except a file whose text is already there (the same report chosen twice is one hand-in,
 * not a duplicate to list).
 */
import type { ReportFile } from './readReportFiles.ts';

export function addFiles(before: readonly ReportFile[], added: readonly ReportFile[]): ReportFile[] {
  const texts = new Set(before.map((file) => file.text));
  const fresh: ReportFile[] = [];
  for (const file of added) {
    if (texts.has(file.text)) continue;
    texts.add(file.text);
    fresh.push(file);
  }
  return [...before, ...fresh];
}
