/**
 * Reading a pile of report files into a class: bad files named with their problem, reports of
 * another assignment set apart with its title, a student's older report superseded by the newer,
 * the class's assignment the one expected or the one most reports share; never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentId } from '../../../../src/lib/assignment/assignmentReport.ts';
import { readReportFiles } from '../../../../src/lib/gradebook/readReportFiles.ts';
import { studentKey } from '../../../../src/lib/gradebook/studentKey.ts';
import { assignment, file, kim, li, otherAssignment, report, zhang } from './classFixtures.ts';

describe('studentKey', () => {
  it('matches a number or, without one, a name as typed with other widths, case and spaces', () => {
    expect(studentKey({ name: '张伟', number: 'S01' })).toBe(studentKey({ name: 'Zhang Wei', number: ' Ｓ０１ ' }));
    expect(studentKey({ name: ' LI  na ' })).toBe(studentKey({ name: 'Ｌｉ Na' }));
    expect(studentKey({ name: 'Li Na' })).not.toBe(studentKey({ name: 'Li Na', number: 'li na' }));
    expect(studentKey({ name: 'Li Na', number: '  ' })).toBe(studentKey({ name: 'li na' }));
  });
});

describe('readReportFiles', () => {
  const damaged = { ...zhang, student: { name: '张伟改' } };
  const files = [
    file('zhang.json', zhang),
    file('li.json', li),
    { name: 'notes.txt', text: '第三周的笔记' },
    file('damaged.json', damaged),
    file('kim.json', kim),
    file('progress.json', { format: 'crm-course-progress', version: 2 }),
    file('newer.json', { format: 'crm-assignment-report', version: 7 }),
    file('invalid.json', { ...kim, tasks: [] }),
  ];

  it('keeps the good reports in file order and names each bad file with its problem', () => {
    const reading = readReportFiles(files, assignment);
    expect(reading.assignmentId).toBe(assignmentId(assignment));
    expect(reading.assignment).toEqual(assignment);
    expect(reading.reports.map((filed) => filed.file)).toEqual(['zhang.json', 'li.json', 'kim.json']);
    expect(reading.bad).toEqual([
      { file: 'notes.txt', problem: { kind: 'notJson' } },
      { file: 'damaged.json', problem: { kind: 'damaged' } },
      { file: 'progress.json', problem: { kind: 'notReport' } },
      { file: 'newer.json', problem: { kind: 'newerVersion', version: 7 } },
      { file: 'invalid.json', problem: { kind: 'invalid', paths: ['tasks'] } },
    ]);
    expect(reading.otherAssignment).toEqual([]);
    expect(reading.superseded).toEqual([]);
  });

  it('sets apart reports of another assignment, naming it', () => {
    const stranger = report({ name: '王芳' }, () => {}, {}, 1_000, otherAssignment);
    const reading = readReportFiles([file('zhang.json', zhang), file('wang.json', stranger)], assignment);
    expect(reading.reports.map((filed) => filed.file)).toEqual(['zhang.json']);
    expect(reading.otherAssignment).toHaveLength(1);
    expect(reading.otherAssignment[0]).toMatchObject({ file: 'wang.json', title: '第四周作业' });
    expect(reading.otherAssignment[0]!.assignmentId).toBe(assignmentId(otherAssignment));
  });

  it('takes the assignment most reports share when none is expected', () => {
    const wang = report({ name: '王芳' }, () => {}, {}, 1_000, otherAssignment);
    const zhao = report({ name: '赵敏' }, () => {}, {}, 1_000, otherAssignment);
    const reading = readReportFiles([file('zhang.json', zhang), file('wang.json', wang), file('zhao.json', zhao)]);
    expect(reading.assignment?.title).toBe('第四周作业');
    expect(reading.reports.map((filed) => filed.file)).toEqual(['wang.json', 'zhao.json']);
    expect(reading.otherAssignment.map((filed) => filed.file)).toEqual(['zhang.json']);
    // One each: the first report's assignment stands.
    expect(readReportFiles([file('zhang.json', zhang), file('wang.json', wang)]).assignment?.title).toBe('第三周作业');
  });

  it('keeps the expected assignment even when no report is of it', () => {
    const reading = readReportFiles([file('zhang.json', zhang)], otherAssignment);
    expect(reading.assignment).toEqual(otherAssignment);
    expect(reading.reports).toEqual([]);
    expect(reading.otherAssignment.map((filed) => filed.title)).toEqual(['第三周作业']);
  });

  it("keeps each student's newest report and lists the older as superseded", () => {
    const older = report({ name: 'Zhang Wei', number: 'ｓ01' }, () => {}, {}, zhang.madeAt - 60_000);
    const liAgain = report({ name: ' li  NA ' }, () => {}, {}, li.madeAt + 1);
    const reading = readReportFiles(
      [file('li.json', li), file('zhang-old.json', older), file('zhang.json', zhang), file('li-2.json', liAgain)],
      assignment,
    );
    expect(reading.reports.map((filed) => filed.file)).toEqual(['zhang.json', 'li-2.json']);
    expect(reading.superseded.map(({ file: name, keptFile }) => [name, keptFile])).toEqual([
      ['li.json', 'li-2.json'],
      ['zhang-old.json', 'zhang.json'],
    ]);
  });

  it('keeps the first of two reports made at the same moment', () => {
    const reading = readReportFiles([file('a.json', li), file('b.json', li)]);
    expect(reading.reports.map((filed) => filed.file)).toEqual(['a.json']);
    expect(reading.superseded.map((filed) => [filed.file, filed.keptFile])).toEqual([['b.json', 'a.json']]);
  });

  it('reads nothing into an empty class', () => {
    expect(readReportFiles([])).toEqual({ reports: [], bad: [], otherAssignment: [], superseded: [] });
  });

  it('puts every file in exactly one list, whatever it holds, and never throws', () => {
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constantFrom(JSON.stringify(zhang), JSON.stringify(li), JSON.stringify(kim)),
      fc
        .record({ format: fc.constant('crm-assignment-report'), version: fc.oneof(fc.integer(), fc.string()) })
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.boolean(), (texts, expect_) => {
        const files_ = texts.map((content, index) => ({ name: `f${index}`, text: content }));
        const reading = readReportFiles(files_, expect_ ? assignment : undefined);
        const names = [...reading.reports, ...reading.bad, ...reading.otherAssignment, ...reading.superseded].map(
          (entry) => entry.file,
        );
        expect(names.sort()).toEqual(files_.map((f) => f.name).sort());
      }),
    );
  });
});
