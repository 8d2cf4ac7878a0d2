/**
 * The gradebook's first step: every file an instructor drops, read through readReport, sorted into
 * the class (reports of the assignment, one per student), files that could not be read (with their
 * problem), reports of another assignment, and older reports of a student who handed in again.
 * It never throws: whatever a file holds ends up in one of these lists.
 */
import type { Assignment } from '../../schemas/assignment.ts';
import type { AssignmentReport } from '../../schemas/assignmentReport.ts';
import { assignmentId } from '../assignment/assignmentReport.ts';
import { readReport, type ReportProblem } from '../assignment/readReport.ts';
import { studentKey } from './studentKey.ts';

export interface ReportFile {
  name: string;
  text: string;
}

/** A report of the class, with the file it came from. */
export interface FiledReport {
  file: string;
  report: AssignmentReport;
}

export interface BadFile {
  file: string;
  problem: ReportProblem;
}

/** A good report of an assignment other than the class's, named by that assignment's title. */
export interface OtherAssignmentReport extends FiledReport {
  assignmentId: string;
  title: string;
}

/** An older report of a student whose newer report (in `keptFile`) is in the class. */
export interface SupersededReport extends FiledReport {
  keptFile: string;
}

export interface ClassReading {
  /** The class's assignment: the one expected, or the one most reports share; none when no report was read. */
  assignment?: Assignment;
  assignmentId?: string;
  /** One report per student, in the order the files came. */
  reports: FiledReport[];
  bad: BadFile[];
  otherAssignment: OtherAssignmentReport[];
  superseded: SupersededReport[];
}

/** The assignment most reports share; on a tie, the one whose first report came first. */
function commonest(good: readonly FiledReport[]): AssignmentReport | undefined {
  const counts = new Map<string, { count: number; report: AssignmentReport }>();
  for (const { report } of good) {
    const seen = counts.get(report.assignmentId);
    if (seen) seen.count += 1;
    else counts.set(report.assignmentId, { count: 1, report });
  }
  let best: { count: number; report: AssignmentReport } | undefined;
  for (const candidate of counts.values()) if (!best || candidate.count > best.count) best = candidate;
  return best?.report;
}

export function readReportFiles(files: readonly ReportFile[], expected?: Assignment): ClassReading {
  const bad: BadFile[] = [];
  const good: FiledReport[] = [];
  for (const { name, text } of files) {
    const reading = readReport(text);
    if (reading.ok) good.push({ file: name, report: reading.report });
    else bad.push({ file: name, problem: reading.problem });
  }

  const expectedId = expected && assignmentId(expected);
  const chosen = expected ? undefined : commonest(good);
  const classAssignment = expected ?? chosen?.assignment;
  const classId = expectedId ?? chosen?.assignmentId;

  const otherAssignment: OtherAssignmentReport[] = [];
  const ofClass: FiledReport[] = [];
  const newest = new Map<string, FiledReport>();
  for (const filed of good) {
    const { report } = filed;
    if (report.assignmentId !== classId) {
      otherAssignment.push({ ...filed, assignmentId: report.assignmentId, title: report.assignment.title });
      continue;
    }
    ofClass.push(filed);
    const key = studentKey(report.student);
    const kept = newest.get(key);
    // The newest report stands; of two made at the same moment, the first file read.
    if (!kept || report.madeAt > kept.report.madeAt) newest.set(key, filed);
  }

  const keptOf = (filed: FiledReport) => newest.get(studentKey(filed.report.student))!;
  return {
    ...(classAssignment ? { assignment: classAssignment } : {}),
    ...(classId ? { assignmentId: classId } : {}),
    reports: ofClass.filter((filed) => keptOf(filed) === filed),
    bad,
    otherAssignment,
    superseded: ofClass
      .filter((filed) => keptOf(filed) !== filed)
      .map((filed) => ({ ...filed, keptFile: keptOf(filed).file })),
  };
}
