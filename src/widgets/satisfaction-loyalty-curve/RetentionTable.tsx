/**
 * The numbers behind the charts, laid out like the chapter's worked table: for each score its
 * customers and likelihood of buying again in each market, then the customers expected to stay
 * and the expected retention. Scrolls sideways on a phone rather than squeezing.
 */
import type { FormStrings, LoyaltyCurveStrings } from '../../i18n/types.ts';
import { markets, type RetentionReport, type ScoreCounts } from '../../lib/loyalty-curve/marketRetention.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

interface Props {
  report: RetentionReport;
  counts: ScoreCounts;
  strings: LoyaltyCurveStrings['view'];
  formStrings: FormStrings;
  formats: NumberFormats;
  /** The slider's level, as the "current" column names it. */
  current: { level: string };
}

export function RetentionTable({ report, counts, strings, formStrings, formats, current }: Props) {
  const { columns } = strings;
  const total = (label: string, cell: (market: (typeof markets)[number]) => string, customers: string) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{customers}</td>
      {markets.map((market) => (
        <td key={market}>{cell(market)}</td>
      ))}
    </tr>
  );
  return (
    <TableScroll label={strings.tableCaption} scrollHint={formStrings.scrollHint}>
      <table data-testid="curve-table">
        <caption>{strings.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.score}</th>
            <th scope="col">{columns.customers}</th>
            {markets.map((market) => (
              <th scope="col" key={market}>
                {fillTemplate(columns[market], current)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[4, 3, 2, 1, 0].map((i) => (
            <tr key={i}>
              <th scope="row">{formats.count(i + 1)}</th>
              <td>{formats.count(counts[i]!)}</td>
              {markets.map((market) => (
                <td key={market}>{formats.percent(report.markets[market].likelihoods[i]!)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {total(
            strings.staying,
            (market) => formats.decimal(report.markets[market].staying),
            formats.count(report.customers),
          )}
          {total(strings.retention, (market) => formats.percent(report.markets[market].retention), '')}
        </tfoot>
      </table>
    </TableScroll>
  );
}
