/**
 * Zone-of-tolerance results, loaded when the student switches to desired, adequate and perceived
 * levels: where each dimension's perception sits against its zone, MSA and MSS per dimension and
 * on average, as sentences, a chart and a table; or the statements whose adequate level lies above
 * the desired one.
 */
import { useEffect } from 'preact/hooks';
import type { FormStrings, ServqualStrings } from '../../i18n/types.ts';
import type { Ratings } from '../../lib/servqual/ratingTexts.ts';
import type { ServqualFormats } from '../../lib/servqual/servqualFormats.ts';
import { toleranceZone, type ZonePosition } from '../../lib/servqual/toleranceZone.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { TableScroll } from '../shared/TableScroll.tsx';
import { ZoneChart } from './ZoneChart.tsx';

interface Props {
  ratings: Ratings;
  strings: ServqualStrings;
  formStrings: FormStrings;
  formats: ServqualFormats;
  announce: (message: string) => void;
}

const positions: readonly ZonePosition[] = ['below', 'within', 'above'];

export function ZoneResults({ ratings, strings, formStrings, formats, announce }: Props) {
  const result = toleranceZone(ratings);
  const zone = strings.zone;
  const lines = result.ok
    ? [
        ...positions.map((position) => {
          const names = result.scores.dimensions
            .filter((row) => row.position === position)
            .map((row) => strings.dimensionsInText[row.dimension]);
          return fillTemplate(zone.positionLine, {
            position: zone.positions[position],
            dimensions: names.length > 0 ? formats.list(names) : zone.nothing,
          });
        }),
        fillTemplate(zone.overall, {
          msa: formats.gap(result.scores.overallMsa),
          mss: formats.gap(result.scores.overallMss),
        }),
      ]
    : result.problems.flatMap((problem) =>
        problem.code === 'adequateAboveDesired'
          ? [
              fillTemplate(zone.adequateAboveDesired, {
                item: problem.item,
                adequate: ratings.adequate[problem.item - 1]!,
                desired: ratings.desired[problem.item - 1]!,
              }),
            ]
          : [],
      );
  const message = lines.join(' ');
  useEffect(() => announce(message), [message]);
  if (!result.ok)
    return (
      <ul class="sq-problems" data-testid="sq-zone-problems">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    );
  const columns = zone.columns;
  return (
    <>
      <div class="widget-result" data-testid="sq-zone-summary">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <ZoneChart scores={result.scores} strings={strings} formats={formats} />
      <TableScroll label={zone.tableCaption} scrollHint={formStrings.scrollHint}>
        <table class="sq-zone-table" data-testid="sq-zone-table">
          <caption>{zone.tableCaption}</caption>
          <thead>
            <tr>
              {Object.values(columns).map((heading) => (
                <th scope="col" key={heading}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.scores.dimensions.map((row) => (
              <tr key={row.dimension} data-dimension={row.dimension}>
                <th scope="row">{strings.dimensions[row.dimension]}</th>
                <td>{formats.mean(row.adequate)}</td>
                <td>{formats.mean(row.desired)}</td>
                <td>{formats.mean(row.perceived)}</td>
                <td>{formats.gap(row.msa)}</td>
                <td>{formats.gap(row.mss)}</td>
                <td>{zone.positions[row.position]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p class="widget-note">{zone.note}</p>
    </>
  );
}
