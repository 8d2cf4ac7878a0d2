/**
 * The gradebook's throughput for `npm run bench` (issue #19 asks for 50 reports in under a second on
 * a phone-class laptop): 50 full-course reports — every chapter read, every quiz taken in test mode,
 * every exam item answered in 1,500 characters — read, tabled, charted and written as CSV, median of
 * five runs. The reports are made here from the course's own quiz and exam files, as students make them.
 * Run alone: `node test/tools/gradebook-bench.mjs`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildReport } from '../../src/lib/assignment/assignmentReport.ts';
import { classCsv } from '../../src/lib/gradebook/classCsv.ts';
import { classRows } from '../../src/lib/gradebook/classRows.ts';
import { commonWrongAnswers } from '../../src/lib/gradebook/commonWrongAnswers.ts';
import { hardestItems } from '../../src/lib/gradebook/hardestItems.ts';
import { readReportFiles } from '../../src/lib/gradebook/readReportFiles.ts';
import { scoreDistribution } from '../../src/lib/gradebook/scoreDistribution.ts';
import { emptyProgress } from '../../src/lib/progress/progressState.ts';

const STUDENTS = 50;
const RUNS = 5;
const WRITTEN_LENGTH = 1500;

/** Item ids of each chapter's YAML file in a content folder, by chapter slug. */
function itemIds(folder) {
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => [
        name.replace(/\.yaml$/, ''),
        parse(readFileSync(join(folder, name), 'utf8')).items.map((item) => item.id),
      ]),
  );
}

function fullCourse() {
  const quizzes = itemIds('content/quizzes');
  const exams = itemIds('content/exams');
  const slugs = [...quizzes.keys()];
  const assignment = {
    format: 'crm-assignment',
    version: 1,
    locale: 'zh-cn',
    title: '全课程作业',
    tasks: [
      ...slugs.map((chapter) => ({ kind: 'read', chapter })),
      ...slugs.map((chapter) => ({ kind: 'quiz', chapter, mode: 'test' })),
      ...[...exams.values()].map((items) => ({ kind: 'exam', items })),
    ],
  };
  return { assignment, quizzes, exams, slugs };
}

function studentReport({ assignment, quizzes, exams, slugs }, student) {
  const progress = emptyProgress();
  const written = '客户关系管理'.repeat(WRITTEN_LENGTH / 6);
  slugs.forEach((slug, chapter) => {
    progress.read[slug] = 1_000 + chapter;
    const at = 10_000 + chapter;
    const itemScores = {};
    quizzes.get(slug).forEach((id, index) => {
      const score = (student + index) % 3 === 0 ? 0 : 1;
      itemScores[id] = score;
      const response = { kind: 'single', choice: `option-${(student * 7 + index) % 4}` };
      progress.answers[id] = [{ id: `${id}-t`, at, fingerprint: 'f', response, score, mode: 'test' }];
    });
    progress.tests[`t-${slug}`] = { v: 2, chapter: slug, at, score: 0.5, itemScores };
  });
  for (const ids of exams.values())
    ids.forEach((id, index) => {
      // Self-marked 0, 0.25, … 1 in turn.
      const response = { kind: 'written', text: written, ticked: ['a', 'b'] };
      progress.answers[id] = [
        {
          id: `${id}-w`,
          at: 20_000,
          fingerprint: 'f',
          response,
          score: ((student + index) % 5) / 4,
          mode: 'practice',
        },
      ];
    });
  return buildReport({
    assignment,
    progress,
    quizItems: quizzes,
    chapterTime: Object.fromEntries(slugs.map((slug) => [slug, 600_000 + student])),
    chapters: slugs,
    student: { name: `学生${student}`, number: `2026${String(student).padStart(3, '0')}` },
    locale: 'zh-cn',
    now: 1_780_000_000_000 + student,
  });
}

const csvWords = {
  name: '姓名',
  number: '学号',
  madeAt: '报告生成时间',
  done: '{task}：完成',
  score: '{task}：得分',
  ending: '{task}：结局',
  minutes: '用时（分钟）',
  mean: '平均分',
  yes: '是',
  no: '否',
  endings: { staysAndPraises: '1', stays: '2', leavesQuietly: '3', leavesAndWarns: '4', escalatesPublicly: '5' },
};

/** Milliseconds for one pass over the files, and the bytes the files held. */
export function gradebookBench() {
  const course = fullCourse();
  const files = Array.from({ length: STUDENTS }, (_, student) => ({
    name: `student-${student}.json`,
    text: JSON.stringify(studentReport(course, student)),
  }));
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
  const times = [];
  const cpuTimes = [];
  for (let run = 0; run < RUNS; run++) {
    const begun = performance.now();
    const cpuBegun = process.cpuUsage();
    const reading = readReportFiles(files, course.assignment);
    if (reading.reports.length !== STUDENTS) throw new Error(`read ${reading.reports.length} of ${STUDENTS} reports`);
    const rows = classRows(reading.reports, 'zh-CN');
    scoreDistribution(rows.map((row) => row.meanScore));
    hardestItems(reading.reports);
    commonWrongAnswers(reading.reports);
    classCsv(
      course.assignment.tasks,
      course.assignment.tasks.map((_, index) => `任务 ${index + 1}`),
      rows,
      csvWords,
    );
    times.push(performance.now() - begun);
    const cpu = process.cpuUsage(cpuBegun);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  // CPU time beside the clock: on a machine shared with other work the clock also counts the waits.
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    ms: median(times),
    cpuMs: median(cpuTimes),
    bytes,
    students: STUDENTS,
    tasks: course.assignment.tasks.length,
  };
}

/** The bench's line of output. */
export function gradebookLine({ ms, cpuMs, bytes, students, tasks }) {
  return `gradebook: ${students} full-course reports (${tasks} tasks, ${(bytes / 1e6).toFixed(1)} MB) read, tabled, charted and written as CSV in ${ms.toFixed(0)} ms (${cpuMs.toFixed(0)} ms of CPU; median of ${RUNS})`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(gradebookLine(gradebookBench()));
