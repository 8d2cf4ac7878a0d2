/**
 * A sample as a list of 0–10 scores (loaded when that mode is first chosen): the box to paste
 * them in, what was read, each entry left out with its place, and a survey file opened in the
 * browser (never sent anywhere) whose chosen column fills the box, so the student sees and can
 * correct exactly what is counted.
 */
import { useState } from 'preact/hooks';
import type { NpsStrings } from '../../i18n/types.ts';
import type { NpsFormats } from '../../lib/nps/npsFormats.ts';
import { columnText, scoreColumns } from '../../lib/nps/scoreColumns.ts';
import type { ScoreListReport } from '../../lib/nps/scoreListText.ts';
import { parseCsvRecords, type CsvRecord } from '../../lib/rfm/csvRecords.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

interface Props {
  /** The box's id; its messages' ids derive from it. */
  id: string;
  text: string;
  report: ScoreListReport;
  strings: NpsStrings['scores'];
  formats: NpsFormats;
  onText: (text: string) => void;
}

/** 2 MB: tens of thousands of answers, still read at once on a phone. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface OpenedFile {
  records: CsvRecord[];
  names: string[];
  headed: boolean;
}

export function ScoreListField({ id, text, report, strings, formats, onText }: Props) {
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [column, setColumn] = useState(0);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const megabytes = (bytes: number) => `${formats.spread(bytes / 1024 / 1024)} MB`;

  const open = async (chosen: File) => {
    setFileProblem(null);
    setFile(null);
    if (chosen.size > MAX_FILE_BYTES) {
      setFileProblem(
        fillTemplate(strings.fileTooLarge, { size: megabytes(chosen.size), max: megabytes(MAX_FILE_BYTES) }),
      );
      return;
    }
    let content: string;
    try {
      content = await chosen.text();
    } catch {
      setFileProblem(strings.fileUnreadable);
      return;
    }
    const parsed = parseCsvRecords(content);
    if (!parsed.ok) {
      setFileProblem(fillTemplate(strings.unclosedQuote, { line: formats.count(parsed.problem.line) }));
      return;
    }
    const { names, best, headed } = scoreColumns(parsed.records);
    if (names.length > 1) setFile({ records: parsed.records, names, headed });
    setColumn(best);
    onText(columnText(parsed.records, best, headed));
  };

  const problemId = report.problem ? `${id}-problem` : '';
  const badId = report.bad ? `${id}-bad` : '';
  return (
    <>
      <div class="field nps-scores">
        <label for={id}>{strings.label}</label>
        <textarea
          id={id}
          rows={4}
          spellcheck={false}
          autoComplete="off"
          value={text}
          aria-invalid={report.problem || report.bad ? 'true' : undefined}
          aria-describedby={[problemId, badId, `${id}-status`, `${id}-hint`].filter(Boolean).join(' ')}
          onInput={(event) => onText(event.currentTarget.value)}
        />
        <p class="field-hint" id={`${id}-hint`}>
          {strings.hint}
        </p>
        <p class="field-hint" id={`${id}-status`}>
          {report.status}
        </p>
        {report.problem && (
          <p class="field-problem" id={problemId}>
            <span aria-hidden="true">⚠ </span>
            {report.problem}
          </p>
        )}
        {report.bad && (
          <div class="field-problem nps-left-out" id={badId}>
            <p>
              <span aria-hidden="true">⚠ </span>
              {report.bad.title}
            </p>
            <ul>
              {report.bad.entries.map((entry, index) => (
                <li key={index}>{entry}</li>
              ))}
            </ul>
            {report.bad.more && <p>{report.bad.more}</p>}
          </div>
        )}
      </div>
      <div class="field">
        <label for={`${id}-file`}>{strings.fileLabel}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            if (chosen) void open(chosen);
          }}
        />
        <p class="field-hint" id={`${id}-file-hint`}>
          {fillTemplate(strings.fileHint, { max: megabytes(MAX_FILE_BYTES) })}
        </p>
        {/* Present before a file is chosen, so a screen reader hears why a file was refused. */}
        <p class="field-problem" aria-live="polite">
          {fileProblem && <span aria-hidden="true">⚠ </span>}
          {fileProblem}
        </p>
      </div>
      {file && (
        <div class="field">
          <label for={`${id}-column`}>{strings.columnLabel}</label>
          <select
            id={`${id}-column`}
            value={column}
            onChange={(event) => {
              const chosen = Number(event.currentTarget.value);
              setColumn(chosen);
              onText(columnText(file.records, chosen, file.headed));
            }}
          >
            {file.names.map((name, index) => (
              <option key={index} value={index}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
