/** The forecast by expected close month, with the quarter's total as the last row. */
import type { FormStrings, PipelineStrings } from '../../i18n/types.ts';
import type { Forecast } from '../../lib/pipeline/pipelineForecast.ts';
import type { PipelineFormats } from '../../lib/pipeline/pipelineFormats.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

interface Props {
  forecast: Forecast;
  strings: PipelineStrings;
  formStrings: FormStrings;
  formats: PipelineFormats;
}

export function MonthTable({ forecast, strings, formStrings, formats }: Props) {
  const columns = strings.monthColumns;
  const total = { deals: forecast.months.reduce((sum, month) => sum + month.deals, 0), ...forecast };
  const rows = [
    ...forecast.months.map((month) => ({ ...month, label: formats.month(month.month) })),
    { ...total, label: strings.total },
  ];
  return (
    <TableScroll label={strings.monthsCaption} scrollHint={formStrings.scrollHint}>
      <table data-testid="pipeline-months">
        <caption>{strings.monthsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.month}</th>
            <th scope="col">{columns.deals}</th>
            <th scope="col">{columns.pipeline}</th>
            <th scope="col">{columns.weighted}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{formats.count(row.deals)}</td>
              <td>{formats.money(row.pipeline)}</td>
              <td>{formats.money(row.weighted)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
