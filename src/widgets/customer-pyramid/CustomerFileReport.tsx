/** What came of the student's file: why it was refused, or the rows it left out, each with its line. */
import type { FileReport } from '../../lib/rfm/customerFileText.ts';

export function CustomerFileReport({ report }: { report: FileReport | null }) {
  if (!report) return null;
  if (report.problems.length > 0) {
    return (
      <ul class="pyramid-file-problems" data-testid="pyramid-file-problems">
        {report.problems.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    );
  }
  const { rowErrors } = report;
  if (!rowErrors) return null;
  return (
    <div class="pyramid-row-errors" data-testid="pyramid-row-errors">
      <p>{rowErrors.title}</p>
      <ul>
        {rowErrors.lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {rowErrors.more && <p>{rowErrors.more}</p>}
    </div>
  );
}
