/**
 * The gradebook's class, loaded on demand: the assignment (from the page's link, else from the
 * reports), every file chosen so far read into the class (src/lib/gradebook/), the summary spoken
 * in the live region, the files set aside with their reasons, the table, charts and CSV, and the
 * class kept on this device until the instructor clears it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readAssignmentFragment, type LinkReading } from '../../lib/assignment/assignmentLink.ts';
import { assignmentId } from '../../lib/assignment/assignmentReport.ts';
import { addFiles } from '../../lib/gradebook/addFiles.ts';
import { classCsv } from '../../lib/gradebook/classCsv.ts';
import { classRows } from '../../lib/gradebook/classRows.ts';
import { readReportFiles, type ReportFile } from '../../lib/gradebook/readReportFiles.ts';
import type { ItemWords } from '../../lib/gradebook/responseText.ts';
import { taskName } from '../../lib/gradebook/taskName.ts';
import { dateFormat } from '../../lib/text/dateFormat.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { pluralText } from '../../lib/text/pluralText.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { AssignmentHead } from './AssignmentHead.tsx';
import { ClassCharts } from './ClassCharts.tsx';
import { ClassTable } from './ClassTable.tsx';
import { forgetClass, keepClass, keptClass } from './classStorage.ts';
import type { FileBatch, GradebookProps } from './Gradebook.tsx';
import { linkProblemText, reportProblemText } from './problemText.ts';

interface Props extends GradebookProps {
  batch: FileBatch | undefined;
}

type Kept =
  { kind: 'restored'; count: number; at: number } | { kind: 'saved' } | { kind: 'notSaved' } | { kind: 'cleared' };

/** The item words, fetched once when a class first has items to name. */
function useItemWords(url: string, wanted: boolean): Record<string, ItemWords> | 'failed' | undefined {
  const [words, setWords] = useState<Record<string, ItemWords> | 'failed'>();
  useEffect(() => {
    if (!wanted || words !== undefined) return;
    fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, ItemWords>>) : Promise.reject()))
      .then(setWords, () => setWords('failed'));
  }, [wanted]);
  return words;
}

export function ClassPart(props: Props) {
  const { strings, languageTag, catalogue, endings, batch } = props;
  const [link, setLink] = useState<LinkReading | undefined>();
  const [started, setStarted] = useState(false);
  const [files, setFiles] = useState<ReportFile[]>([]);
  const [kept, setKept] = useState<Kept | undefined>();
  const [confirming, setConfirming] = useState(false);
  const taken = useRef(0);
  const formatDate = useMemo(() => dateFormat(languageTag), [languageTag]);

  // First the link's assignment (if any) and the class kept for it, then the files chosen.
  useEffect(() => {
    void (async () => {
      const fragment = location.hash;
      const reading = fragment.length > 1 ? await readAssignmentFragment(fragment) : undefined;
      setLink(reading);
      const kept = keptClass(reading?.ok ? assignmentId(reading.assignment) : undefined);
      if (kept && kept.files.length > 0) {
        setFiles(kept.files);
        setKept({ kind: 'restored', count: kept.files.length, at: kept.keptAt });
      }
      setStarted(true);
    })();
  }, []);
  useEffect(() => {
    if (!started || !batch || batch.id === taken.current) return;
    taken.current = batch.id;
    setFiles((before) => addFiles(before, batch.files));
    setKept(undefined);
    setConfirming(false);
  }, [started, batch]);

  const expected = link?.ok ? link.assignment : undefined;
  const reading = useMemo(() => readReportFiles(files, expected), [files, expected]);
  const assignment = reading.assignment;
  const classFiles = useMemo(
    () => [...reading.reports, ...reading.superseded].map(({ file, report }) => ({ file, report })),
    [reading],
  );

  // Keep the class once files were chosen (a restored class is kept already).
  useEffect(() => {
    if (!started || taken.current === 0 || kept !== undefined || !reading.assignmentId || classFiles.length === 0)
      return;
    const names = new Set(classFiles.map((filed) => filed.file));
    const texts = files.filter((file) => names.has(file.name));
    setKept({ kind: keepClass(reading.assignmentId, texts, Date.now()) ? 'saved' : 'notSaved' });
  }, [reading]);

  const rows = useMemo(() => classRows(reading.reports, languageTag), [reading, languageTag]);
  const taskNames = useMemo(
    () => (assignment ? assignment.tasks.map((task) => taskName(task, catalogue, strings.tasks)) : []),
    [assignment, catalogue, strings],
  );
  const hasItems = reading.reports.some(({ report }) => report.tasks.some((task) => (task.items?.length ?? 0) > 0));
  const itemWords = useItemWords(props.itemsUrl, hasItems);

  const summary = strings.summary;
  const parts = [
    pluralText(languageTag, summary.reports, reading.reports.length),
    ...(reading.bad.length > 0 ? [pluralText(languageTag, summary.bad, reading.bad.length)] : []),
    ...(reading.otherAssignment.length > 0
      ? [pluralText(languageTag, summary.other, reading.otherAssignment.length)]
      : []),
    ...(reading.superseded.length > 0 ? [pluralText(languageTag, summary.superseded, reading.superseded.length)] : []),
  ];
  const summaryLine = files.length > 0 ? parts.join(summary.separator) + summary.end : '';
  const keptLine =
    kept?.kind === 'restored'
      ? fillTemplate(strings.restored, { n: kept.count, date: formatDate(kept.at) })
      : kept?.kind === 'saved'
        ? strings.saved
        : kept?.kind === 'notSaved'
          ? strings.notSaved
          : kept?.kind === 'cleared'
            ? strings.cleared
            : '';

  function exportCsv() {
    if (!assignment) return;
    const text = classCsv(assignment.tasks, taskNames, rows, { ...strings.csv, endings });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fillTemplate(strings.csvFile, { title: assignment.title });
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  function clear() {
    if (reading.assignmentId) forgetClass(reading.assignmentId);
    setFiles([]);
    setConfirming(false);
    setKept({ kind: 'cleared' });
    // The button pressed is gone: focus goes back to where a new class starts.
    document.getElementById('gradebook-files')?.focus();
  }

  return (
    <div class="gradebook-class">
      <LiveRegion message={[summaryLine, keptLine].filter(Boolean).join(' ')} />
      {link && !link.ok && (
        <p class="field-problem">
          {fillTemplate(strings.fragmentProblem, { reason: linkProblemText(link.problem, strings) })}
        </p>
      )}
      {assignment && (
        <AssignmentHead assignment={assignment} taskNames={taskNames} strings={strings} languageTag={languageTag} />
      )}
      {summaryLine && (
        <p class="widget-result gradebook-summary" data-testid="gradebook-summary">
          {summaryLine}
        </p>
      )}
      {keptLine && (
        <p class="widget-note" data-testid="gradebook-kept">
          {keptLine}
        </p>
      )}
      {reading.bad.length > 0 && (
        <section aria-labelledby="gradebook-bad">
          <h2 id="gradebook-bad">{strings.badHeading}</h2>
          <ul data-testid="gradebook-bad">
            {reading.bad.map(({ file, problem }, index) => (
              <li key={index}>
                {fillTemplate(strings.badItem, { file, reason: reportProblemText(problem, strings) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {reading.otherAssignment.length > 0 && (
        <section aria-labelledby="gradebook-other">
          <h2 id="gradebook-other">{strings.otherHeading}</h2>
          <ul>
            {reading.otherAssignment.map(({ file, report, title }, index) => (
              <li key={index}>{fillTemplate(strings.otherItem, { file, name: report.student.name, title })}</li>
            ))}
          </ul>
        </section>
      )}
      {reading.superseded.length > 0 && (
        <section aria-labelledby="gradebook-superseded">
          <h2 id="gradebook-superseded">{strings.supersededHeading}</h2>
          <ul data-testid="gradebook-superseded">
            {reading.superseded.map(({ file, report, keptFile }, index) => (
              <li key={index}>
                {fillTemplate(strings.supersededItem, { file, name: report.student.name, kept: keptFile })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {files.length > 0 && assignment && reading.reports.length === 0 && (
        <p class="widget-note">{strings.noClassReports}</p>
      )}
      {assignment && rows.length > 0 && (
        <>
          <ClassTable
            rows={rows}
            tasks={assignment.tasks}
            taskNames={taskNames}
            strings={strings}
            endings={endings}
            languageTag={languageTag}
          />
          <div class="quiz-actions">
            <button type="button" id="gradebook-export" class="button" onClick={exportCsv}>
              {strings.exportCsv}
            </button>
          </div>
          <ClassCharts
            reports={reading.reports}
            rows={rows}
            strings={strings}
            languageTag={languageTag}
            itemWords={itemWords}
          />
        </>
      )}
      {files.length > 0 &&
        (confirming ? (
          <div class="gradebook-clear">
            <p role="alert">{strings.clearConfirm}</p>
            <div class="quiz-actions">
              <button type="button" id="gradebook-clear-yes" class="button danger" onClick={clear}>
                {strings.clearYes}
              </button>
              <button type="button" class="button-secondary" onClick={() => setConfirming(false)}>
                {strings.clearNo}
              </button>
            </div>
          </div>
        ) : (
          <p>
            <button type="button" id="gradebook-clear" class="button-secondary" onClick={() => setConfirming(true)}>
              {strings.clear}
            </button>
          </p>
        ))}
    </div>
  );
}
