/** Each group's respondents and share in each sample, with the swatch the bars use for it. */
import type { FormStrings, NpsStrings } from '../../i18n/types.ts';
import type { NpsEstimate } from '../../lib/nps/npsEstimate.ts';
import type { NpsFormats } from '../../lib/nps/npsFormats.ts';
import { npsGroups } from '../../lib/nps/npsGroups.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { TableScroll } from '../shared/TableScroll.tsx';
import { GroupSwatch } from './GroupSwatch.tsx';

interface Props {
  samples: { name: string; estimate: NpsEstimate }[];
  strings: NpsStrings;
  formStrings: FormStrings;
  formats: NpsFormats;
}

export function GroupTable({ samples, strings, formStrings, formats }: Props) {
  return (
    <TableScroll label={strings.tableCaption} scrollHint={formStrings.scrollHint}>
      <table class="nps-table" data-testid="nps-groups">
        <caption>{strings.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.groupColumn}</th>
            {samples.map(({ name }) => (
              <th scope="col" key={name}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {npsGroups.map((group) => (
            <tr key={group} data-group={group}>
              <th scope="row">
                <span class="nps-group-name">
                  <GroupSwatch group={group} />
                  {strings.groups[group]}
                </span>{' '}
                <span class="nps-group-range">{strings.groupRanges[group]}</span>
              </th>
              {samples.map(({ name, estimate }) => (
                <td key={name}>
                  {fillTemplate(strings.cell, {
                    n: formats.count(estimate.counts[group]),
                    share: formats.percent(estimate.shares[group]),
                  })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
