/**
 * The student's own survey file: the file box with the format it takes, a model file to download,
 * and what came of the last file chosen (why it was refused, or the answers it left out, each
 * with its line).
 */
import type { KanoStrings } from '../../i18n/types.ts';
import type { KanoFormats } from '../../lib/kano/kanoFormats.ts';
import { surveyLimits } from '../../lib/kano/surveyLimits.ts';
import type { FileReport } from '../../lib/rfm/customerFileText.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

interface Props {
  strings: KanoStrings;
  formats: KanoFormats;
  sampleCsvUrl: string;
  reading: boolean;
  report: FileReport | null;
  onChoose: (file: File) => void;
}

export function SurveyFilePicker({ strings, formats, sampleCsvUrl, reading, report, onChoose }: Props) {
  const rowErrors = report?.rowErrors;
  return (
    <>
      <div class="field kano-file">
        <label for="kano-file">{strings.fileLabel}</label>
        <input
          id="kano-file"
          type="file"
          accept=".csv,.txt,text/csv"
          aria-describedby="kano-file-hint"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onChoose(file);
          }}
        />
        <p class="field-hint" id="kano-file-hint">
          {fillTemplate(strings.fileHint, { max: `${formats.decimal(surveyLimits.maxBytes / 1024 / 1024)} MB` })}{' '}
          <a href={sampleCsvUrl} download>
            {strings.sampleDownload}
          </a>
        </p>
      </div>
      {reading && <p class="widget-note">{strings.fileReading}</p>}
      {report && report.problems.length > 0 && (
        <ul class="kano-file-report" data-testid="kano-file-problems">
          {report.problems.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {rowErrors && (
        <div class="kano-file-report" data-testid="kano-row-errors">
          <p>{rowErrors.title}</p>
          <ul>
            {rowErrors.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
          {rowErrors.more && <p>{rowErrors.more}</p>}
        </div>
      )}
    </>
  );
}
