/** Each tier's customers, shares of customers and of profit, profit per customer and mean RFM scores. */
import type { CustomerPyramidStrings, FormStrings } from '../../i18n/types.ts';
import type { CustomerPyramid } from '../../lib/rfm/customerPyramid.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

interface Props {
  pyramid: CustomerPyramid;
  strings: CustomerPyramidStrings;
  formStrings: FormStrings;
  formats: NumberFormats;
}

export function TierTable({ pyramid, strings, formStrings, formats }: Props) {
  // An empty tier has no mean and no profit per customer; a base without profit has no shares of it.
  const mean = (value: number | null) => (value === null ? strings.noProfit : formats.decimal(value));
  return (
    <TableScroll label={strings.tableCaption} scrollHint={formStrings.scrollHint}>
      <table data-testid="pyramid-table">
        <caption>{strings.tableCaption}</caption>
        <thead>
          <tr>
            {Object.values(strings.columns).map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pyramid.tiers.map((tier) => (
            <tr key={tier.tier} data-tier={tier.tier}>
              <th scope="row">{strings.tierNames[tier.tier]}</th>
              <td>{formats.count(tier.customers)}</td>
              <td>{formats.percent(tier.customerShare)}</td>
              <td>{tier.profitShare === null ? strings.noProfit : formats.percent(tier.profitShare)}</td>
              <td>{tier.customers === 0 ? strings.noProfit : formats.money(tier.totalProfit / tier.customers)}</td>
              <td>{mean(tier.meanRecency)}</td>
              <td>{mean(tier.meanFrequency)}</td>
              <td>{mean(tier.meanMonetary)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
