/**
 * The spread of mean scores as bars, one per ten-point band, each with its count written above it
 * (so the bars are read by text as well as by height and colour), and the same numbers as a table
 * beside the drawing for anyone who does not see it.
 */
import type { GradebookStrings } from '../../i18n/types.ts';
import { BINS, type ScoreDistribution } from '../../lib/gradebook/scoreDistribution.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';

interface Props {
  distribution: ScoreDistribution;
  strings: GradebookStrings;
  formats: NumberFormats;
}

const HEIGHT = 200;
const MARGIN = { top: 20, right: 8, bottom: 28, left: 8 };

export function ScoreChart({ distribution, strings, formats }: Props) {
  const { counts } = distribution;
  const most = Math.max(1, ...counts);
  const band = (index: number) => {
    const from = index * (100 / BINS);
    return fillTemplate(strings.bin, { from: formats.count(from), to: formats.count(from + 100 / BINS) });
  };
  return (
    <>
      <ChartFrame
        id="gradebook-distribution"
        title={strings.distributionTitle}
        description={strings.distributionDescription}
        height={HEIGHT}
        draw={(width) => {
          const slot = (width - MARGIN.left - MARGIN.right) / BINS;
          const plot = HEIGHT - MARGIN.top - MARGIN.bottom;
          const base = HEIGHT - MARGIN.bottom;
          return (
            <g aria-hidden="true">
              <line class="chart-axis" x1={MARGIN.left} x2={width - MARGIN.right} y1={base} y2={base} />
              {counts.map((count, index) => {
                const height = (count / most) * plot;
                const x = MARGIN.left + index * slot;
                return (
                  <g key={index}>
                    <rect
                      class="gradebook-bar"
                      x={x + slot * 0.15}
                      width={slot * 0.7}
                      y={base - height}
                      height={height}
                    />
                    {count > 0 && (
                      <text class="chart-label" x={x + slot / 2} y={base - height - 5} text-anchor="middle">
                        {formats.count(count)}
                      </text>
                    )}
                  </g>
                );
              })}
              {/* Band edges every 20 points: ten labels of "90–100" do not fit a phone's width. */}
              {[0, 2, 4, 6, 8, 10].map((edge) => (
                <text
                  key={edge}
                  class="chart-label"
                  x={MARGIN.left + edge * slot}
                  y={base + 18}
                  text-anchor={edge === 0 ? 'start' : edge === BINS ? 'end' : 'middle'}
                >
                  {formats.count(edge * (100 / BINS))}
                </text>
              ))}
            </g>
          );
        }}
      />
      <table class="gradebook-bins">
        <caption>{strings.distributionTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.binColumn}</th>
            <th scope="col">{strings.studentsColumn}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((count, index) => (
            <tr key={index}>
              <th scope="row">{band(index)}</th>
              <td>{formats.count(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {distribution.unscored > 0 && (
        <p class="widget-note">{fillTemplate(strings.unscored, { n: distribution.unscored })}</p>
      )}
    </>
  );
}
