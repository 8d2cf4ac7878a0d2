/** Year-by-year table of both firms; scrolls sideways on a phone rather than squeezing. */
import type { FirmComparison } from '../../lib/churn/churnCompounding.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { ChurnStrings, FormStrings } from '../../i18n/types.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

interface Props {
  comparison: FirmComparison;
  strings: ChurnStrings;
  formStrings: FormStrings;
  formats: NumberFormats;
}

export function ChurnTable({ comparison, strings, formStrings, formats }: Props) {
  const columns = strings.columns;
  return (
    <TableScroll label={strings.tableCaption} scrollHint={formStrings.scrollHint}>
      <table data-testid="churn-table">
        <caption>{strings.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.year}</th>
            <th scope="col">{columns.customersA}</th>
            <th scope="col">{columns.customersB}</th>
            <th scope="col">{columns.gap}</th>
            <th scope="col">{columns.revenueA}</th>
            <th scope="col">{columns.revenueB}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.a.map((a, index) => {
            const b = comparison.b[index]!;
            return (
              <tr key={a.year}>
                <th scope="row">{a.year === 0 ? strings.startYear : formats.count(a.year)}</th>
                <td>{formats.count(a.customers)}</td>
                <td>{formats.count(b.customers)}</td>
                <td>{formats.count(Math.round(a.customers) - Math.round(b.customers))}</td>
                <td>{formats.money(a.cumulativeRevenue)}</td>
                <td>{formats.money(b.cumulativeRevenue)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
