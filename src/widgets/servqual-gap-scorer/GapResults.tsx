/** Gap mode's results: the sentence, the diverging bar chart and the table of means and gaps. */
import type { FormStrings, ServqualStrings } from '../../i18n/types.ts';
import type { GapScores } from '../../lib/servqual/gapScores.ts';
import type { Importance } from '../../lib/servqual/importanceWeights.ts';
import type { ServqualFormats } from '../../lib/servqual/servqualFormats.ts';
import { TableScroll } from '../shared/TableScroll.tsx';
import { GapChart } from './GapChart.tsx';

interface Props {
  scores: GapScores;
  summary: string;
  importance: Importance;
  strings: ServqualStrings;
  formStrings: FormStrings;
  formats: ServqualFormats;
}

export function GapResults({ scores, summary, importance, strings, formStrings, formats }: Props) {
  const columns = strings.tableColumns;
  return (
    <>
      <p class="widget-result" data-testid="sq-summary">
        {summary}
      </p>
      <GapChart
        id="sq-gap-chart"
        title={strings.chartTitle}
        description={strings.chartDescription}
        bars={scores.dimensions.map((row) => ({ label: strings.dimensions[row.dimension], value: row.gap }))}
        format={formats.gap}
        tickFormat={formats.count}
        legend={[strings.legendBelow, strings.legendAbove]}
      />
      <TableScroll label={strings.tableCaption} scrollHint={formStrings.scrollHint}>
        <table data-testid="sq-table">
          <caption>{strings.tableCaption}</caption>
          <thead>
            <tr>
              {[columns.dimension, columns.expected, columns.perceived, columns.gap, columns.importance].map(
                (heading) => (
                  <th scope="col" key={heading}>
                    {heading}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {scores.dimensions.map((row) => (
              <tr key={row.dimension} data-dimension={row.dimension}>
                <th scope="row">{strings.dimensions[row.dimension]}</th>
                <td>{formats.mean(row.expected)}</td>
                <td>{formats.mean(row.perceived)}</td>
                <td>{formats.gap(row.gap)}</td>
                <td>{formats.count(importance[row.dimension])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p class="widget-note">{strings.ruleNote}</p>
    </>
  );
}
