/** The results per customer acquired, scenario A beside B; the figures come from src/lib/clv/scenarioResults.ts. */
import type { LifetimeValueStrings } from '../../i18n/types.ts';
import { resultRowKeys, resultRowLabel, type ResultRow } from '../../lib/clv/scenarioResults.ts';
import type { ScenarioName } from '../../lib/clv/scenarioUrl.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

interface Props {
  columns: Record<ScenarioName, Record<ResultRow, string>>;
  horizons: Record<ScenarioName, number>;
  strings: LifetimeValueStrings;
  formats: NumberFormats;
  scrollHint: string;
}

export function ResultsTable({ columns, horizons, strings, formats, scrollHint }: Props) {
  return (
    <TableScroll label={strings.resultsCaption} scrollHint={scrollHint}>
      <table data-testid="clv-results">
        <caption>{strings.resultsCaption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{strings.scenarioA}</th>
            <th scope="col">{strings.scenarioB}</th>
          </tr>
        </thead>
        <tbody>
          {resultRowKeys.map((row) => (
            <tr key={row} data-row={row}>
              <th scope="row">{resultRowLabel(row, horizons, strings.rows, formats)}</th>
              <td>{columns.a[row]}</td>
              <td>{columns.b[row]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
