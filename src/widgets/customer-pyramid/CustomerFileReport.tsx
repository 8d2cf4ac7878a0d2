/** What came of the student's file: why it was refused, or the rows it left out, each with its line. */
import type { CustomerPyramidStrings } from '../../i18n/types';
import type { CustomerFile } from '../../lib/rfm/customerFile';
import { fileProblemText, rowErrorReport } from '../../lib/rfm/customerFileText';
import type { NumberFormats } from '../../lib/text/numberFormats';

interface Props {
  file: CustomerFile | null;
  strings: CustomerPyramidStrings;
  formats: NumberFormats;
}

export function CustomerFileReport({ file, strings, formats }: Props) {
  if (!file) return null;
  if (!file.ok) {
    return (
      <ul class="pyramid-file-problems" data-testid="pyramid-file-problems">
        {file.problems.map((problem) => {
          const text = fileProblemText(problem, strings, formats);
          return <li key={text}>{text}</li>;
        })}
      </ul>
    );
  }
  const report = rowErrorReport(file, strings, formats);
  if (!report) return null;
  return (
    <div class="pyramid-row-errors" data-testid="pyramid-row-errors">
      <p>{report.title}</p>
      <ul>
        {report.lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {report.more && <p>{report.more}</p>}
    </div>
  );
}
