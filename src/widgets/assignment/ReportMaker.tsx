/**
 * The completion report: the student's name, then a report file made from this device's progress
 * (downloaded) and its summary as text to copy. Says plainly what the checksum does and does not
 * show. The name is not kept on the device: lab computers are shared.
 */
import { useState } from 'preact/hooks';
import type { AssignmentCatalogue } from '../../lib/assignment/catalogue.ts';
import type { SummaryWords } from '../../lib/assignment/resultDetails.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { STUDENT_NAME_MAX, STUDENT_NUMBER_MAX } from '../../lib/assignment/reportFormat.ts';
import type { Assignment } from '../../schemas/assignment.ts';
import type { Progress } from '../../lib/progress/progressState.ts';
import type { CompletionReport, completionReport as makeReport } from '../../lib/assignment/completionReport.ts';

interface Props {
  assignment: Assignment;
  /** This device's progress, as the checklist shows it. */
  progress: Progress;
  catalogue: AssignmentCatalogue;
  words: SummaryWords;
  notDone: number;
  locale: Assignment['locale'];
}

/**
 * A report made (its file downloaded when `file` is set), or why not: its code could not load
 * (offline, before the page was kept), or the code failed (a fault of the page, not the student's).
 */
type Made = { summary: string; file?: string } | { failed: 'load' | 'fault' } | undefined;

/** Every entry of the device's storage; none when storage is blocked. */
function storedEntries(): [string, string | null][] {
  try {
    return Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]);
  } catch {
    return [];
  }
}

export function ReportMaker({ assignment, progress, catalogue, words, notDone, locale }: Props) {
  const t = words.strings;
  const [name, setName] = useState('');
  const [number, setNumber] = useState('');
  const [nameProblem, setNameProblem] = useState(false);
  const [made, setMade] = useState<Made>(undefined);
  const [copyMessage, setCopyMessage] = useState('');

  const make = async () => {
    if (name.trim() === '') {
      setNameProblem(true);
      document.getElementById('report-name')?.focus();
      return;
    }
    setNameProblem(false);
    setCopyMessage('');
    let completionReport: typeof makeReport;
    try {
      // The report's code loads when a report is first asked for.
      ({ completionReport } = await import('../../lib/assignment/completionReport.ts'));
    } catch {
      setMade({ failed: 'load' });
      return;
    }
    let made: CompletionReport;
    try {
      made = completionReport({
        assignment,
        catalogue,
        words,
        progress,
        stored: storedEntries(),
        student: { name, number },
        locale,
        now: Date.now(),
      });
    } catch (error) {
      // Not the connection's fault: said as such, and logged for whoever looks into it.
      console.error(error);
      setMade({ failed: 'fault' });
      return;
    }
    try {
      const url = URL.createObjectURL(new Blob([made.fileText], { type: 'application/json' }));
      Object.assign(document.createElement('a'), { href: url, download: made.fileName }).click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setMade({ summary: made.summary, file: made.fileName });
    } catch {
      setMade({ summary: made.summary });
    }
  };

  const copy = async (summary: string) => {
    try {
      await navigator.clipboard.writeText(summary);
      setCopyMessage(t.copied);
    } catch {
      const box = document.getElementById('report-summary');
      if (box instanceof HTMLTextAreaElement) {
        box.focus();
        box.select();
      }
      setCopyMessage(t.copyRefused);
    }
  };

  return (
    <section class="assignment-report" aria-labelledby="assignment-report">
      <h3 id="assignment-report">{t.reportHeading}</h3>
      <p>{t.reportLead}</p>
      <p class="widget-note">{t.honesty}</p>
      <div class="assignment-fields">
        <p>
          <label for="report-name">{t.nameLabel}</label>
          <input
            id="report-name"
            type="text"
            autocomplete="name"
            maxLength={STUDENT_NAME_MAX}
            value={name}
            aria-invalid={nameProblem}
            aria-describedby={nameProblem ? 'report-name-problem' : undefined}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </p>
        {nameProblem && (
          <p id="report-name-problem" class="field-problem" role="alert">
            {t.nameMissing}
          </p>
        )}
        <p>
          <label for="report-number">{t.numberLabel}</label>
          <input
            id="report-number"
            type="text"
            maxLength={STUDENT_NUMBER_MAX}
            value={number}
            onInput={(event) => setNumber(event.currentTarget.value)}
          />
        </p>
      </div>
      {notDone > 0 && <p class="widget-note">{fillTemplate(t.notAllDone, { n: notDone })}</p>}
      <p>
        <button type="button" class="button" onClick={() => void make()}>
          {t.makeReport}
        </button>
      </p>
      <div role="status">
        {made && 'failed' in made && <p>{made.failed === 'load' ? t.reportFailed : t.reportFault}</p>}
        {made && 'summary' in made && (
          <p>{made.file ? fillTemplate(t.reportMade, { file: made.file }) : t.reportNotMade}</p>
        )}
      </div>
      {made && 'summary' in made && (
        <>
          <p>
            <label for="report-summary">{t.summaryLabel}</label>
          </p>
          <textarea id="report-summary" class="assignment-summary" readOnly rows={10} value={made.summary} />
          <p>
            <button type="button" class="button" onClick={() => void copy(made.summary)}>
              {t.copySummary}
            </button>{' '}
            <span role="status">{copyMessage}</span>
          </p>
        </>
      )}
    </section>
  );
}
