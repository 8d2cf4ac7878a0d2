/**
 * A student's own customer file, from the moment it is chosen to the customers it holds: refused
 * unread when it is over the size limit, so a huge file never stalls the page; then read as text
 * and imported (importCustomers.ts). The file is anything with a size and a text reader, as a
 * browser's File is, so this runs (and is tested) without a browser.
 */
import type { CustomerRecord } from './customerRecord.ts';
import { importCustomerCsv, type FileProblem, type RowError } from './importCustomers.ts';
import { importLimits, type ImportLimits } from './importLimits.ts';

/** A file as the browser hands it over: its size is known before a byte of it is read. */
export interface ChosenFile {
  readonly size: number;
  text(): Promise<string>;
}

/** A problem with the file's content, or a file the browser could not read at all (moved, no permission). */
export type CustomerFileProblem = FileProblem | { code: 'fileUnreadable' };

export type CustomerFile =
  | { ok: true; customers: CustomerRecord[]; rowErrors: RowError[]; unlistedRowErrors: number }
  /** Nothing was imported. */
  | { ok: false; problems: CustomerFileProblem[] };

export async function readCustomerFile(file: ChosenFile, limits: ImportLimits = importLimits): Promise<CustomerFile> {
  if (file.size > limits.maxBytes) {
    return { ok: false, problems: [{ code: 'fileTooLarge', bytes: file.size, maxBytes: limits.maxBytes }] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problems: [{ code: 'fileUnreadable' }] };
  }
  const imported = importCustomerCsv(text, limits);
  if (imported.fileProblems.length > 0) return { ok: false, problems: imported.fileProblems };
  const { customers, rowErrors, unlistedRowErrors } = imported;
  return { ok: true, customers, rowErrors, unlistedRowErrors };
}
