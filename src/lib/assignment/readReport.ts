/**
 * A completion report read back from a file (the gradebook): the report, or a named problem,
 * never an exception. The checksum is checked last, over the report as the schema read it.
 */
import { reportSchema, type AssignmentReport } from '../../schemas/assignmentReport.ts';
import { assignmentId } from './assignmentReport.ts';
import { canonicalJson } from './canonicalJson.ts';
import { crc32 } from './crc32.ts';
import { REPORT_FORMAT, REPORT_VERSION } from './reportFormat.ts';

/** The biggest report file read: a whole course's answers, written ones included, come to well under 1 MB. */
export const REPORT_FILE_MAX = 2_000_000;

export type ReportProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'notReport' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'invalid'; paths: string[] }
  /** The checksum does not match: the file was changed or damaged after it was made. */
  | { kind: 'damaged' };

export type ReportReading = { ok: true; report: AssignmentReport } | { ok: false; problem: ReportProblem };

export function readReport(text: string): ReportReading {
  if (text.length > REPORT_FILE_MAX) return { ok: false, problem: { kind: 'tooLarge' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== REPORT_FORMAT)
    return { ok: false, problem: { kind: 'notReport' } };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > REPORT_VERSION)
    return { ok: false, problem: { kind: 'newerVersion', version } };
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      problem: { kind: 'invalid', paths: [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))] },
    };
  const { checksum, ...unsealed } = parsed.data;
  if (crc32(canonicalJson(unsealed)) !== checksum || assignmentId(parsed.data.assignment) !== parsed.data.assignmentId)
    return { ok: false, problem: { kind: 'damaged' } };
  return { ok: true, report: parsed.data };
}
