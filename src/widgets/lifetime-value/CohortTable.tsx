/** One scenario's cohort year by year, with a button that saves the same table as a CSV file. */
import { cohortCsvColumns, cohortTableCsv } from '../../lib/clv/cohortCsv.ts';
import type { CohortProjection } from '../../lib/clv/cohortProjection.ts';
import type { ScenarioName } from '../../lib/clv/scenarioUrl.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { PreciseFormats } from '../../lib/text/preciseFormats.ts';
import type { LifetimeValueStrings } from '../../i18n/types.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

interface Props {
  name: ScenarioName;
  scenarioLabel: string;
  projection: CohortProjection;
  strings: LifetimeValueStrings;
  formats: NumberFormats;
  money: PreciseFormats;
  /** The sentence shown when the table is wider than its box. */
  scrollHint: string;
}

/** Saves the text as a file on the student's device; nothing is sent anywhere. */
function saveCsv(text: string, fileName: string) {
  // The byte-order mark tells spreadsheet programs the file is UTF-8 (Chinese headers stay readable).
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function CohortTable({ name, scenarioLabel, projection, strings, formats, money, scrollHint }: Props) {
  const caption = fillTemplate(strings.tableCaption, { scenario: scenarioLabel });
  const columns = strings.columns;
  const download = () =>
    saveCsv(
      cohortTableCsv(projection.years, columns),
      fillTemplate(strings.csvFileName, { scenario: name.toUpperCase() }),
    );
  return (
    <div class="clv-table">
      <TableScroll label={caption} scrollHint={scrollHint}>
        <table data-testid={`clv-table-${name}`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {cohortCsvColumns.map((column) => (
                <th scope="col" key={column}>
                  {columns[column]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {projection.years.map((year) => (
              <tr key={year.year}>
                <th scope="row">{formats.count(year.year)}</th>
                <td>{formats.percent(year.retention)}</td>
                <td>{formats.decimal(year.customers)}</td>
                <td>{money.cents(year.marginPerCustomer)}</td>
                <td>{money.cents(year.margin)}</td>
                <td>{money.cents(year.discountedMargin)}</td>
                <td>{money.cents(year.cumulativeDiscountedMargin)}</td>
                <td>{money.cents(year.cumulativePerCustomer)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <button type="button" id={`clv-download-${name}`} class="button-secondary" onClick={download}>
        {fillTemplate(strings.download, { scenario: scenarioLabel })}
      </button>
    </div>
  );
}
