/** The student's own customer file: the file box, what it takes, and the way back to the sample. */
import type { CustomerPyramidStrings } from '../../i18n/types.ts';
import { importLimits, megabytes } from '../../lib/rfm/importLimits.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';

interface Props {
  strings: CustomerPyramidStrings;
  formats: NumberFormats;
  /** The sample as a CSV file, a model of the columns a file needs. */
  sampleCsvUrl: string;
  /** An own file is shown, so the sample can be brought back. */
  ownFile: boolean;
  onChoose: (file: File) => void;
  onSample: () => void;
}

export function CustomerFilePicker({ strings, formats, sampleCsvUrl, ownFile, onChoose, onSample }: Props) {
  return (
    <div class="field pyramid-file">
      <label for="pyramid-file">{strings.fileLabel}</label>
      <input
        id="pyramid-file"
        type="file"
        accept=".csv,.txt,text/csv"
        aria-describedby="pyramid-file-hint"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onChoose(file);
        }}
      />
      <p class="widget-note" id="pyramid-file-hint">
        {fillTemplate(strings.fileHint, { max: megabytes(importLimits.maxBytes, formats) })}{' '}
        <a href={sampleCsvUrl} download>
          {strings.sampleDownload}
        </a>
      </p>
      {ownFile && (
        <button type="button" id="pyramid-sample" class="button-secondary" onClick={onSample}>
          {strings.useSample}
        </button>
      )}
    </div>
  );
}
