/**
 * The firm's satisfaction scores as bars, each under its score on the curve chart above, with its
 * number of customers written on top. The fields below the chart edit it; the table repeats the
 * numbers for screen readers.
 */
import type { LoyaltyCurveStrings } from '../../i18n/types.ts';
import { linearScale } from '../../lib/chart/niceTicks.ts';
import type { ScoreCounts } from '../../lib/loyalty-curve/marketRetention.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { LEFT, scoreAxis } from './chartLayout.ts';

interface Props {
  counts: ScoreCounts;
  strings: LoyaltyCurveStrings['view'];
  formats: NumberFormats;
}

const HEIGHT = 130;
/** Room above the tallest bar for its number, and below the bars for the scores. */
const TOP = 20;
const BOTTOM = 24;

export function ScoreBars({ counts, strings, formats }: Props) {
  return (
    <ChartFrame
      id="curve-bars"
      class="curve-bars"
      title={strings.barsTitle}
      description={strings.barsDescription}
      height={HEIGHT}
      draw={(width) => {
        const { right, x } = scoreAxis(width, strings.lines.competitive);
        const y = linearScale(0, Math.max(...counts), HEIGHT - BOTTOM, TOP);
        const bar = Math.min(48, ((width - LEFT - right) / 5) * 0.6);
        return (
          <g aria-hidden="true">
            {counts.map((count, i) => (
              <g key={i}>
                <rect x={x(i + 1) - bar / 2} y={y(count)} width={bar} height={y(0) - y(count)} />
                <text x={x(i + 1)} y={y(count) - 6} text-anchor="middle">
                  {formats.count(count)}
                </text>
                <text x={x(i + 1)} y={HEIGHT - 6} text-anchor="middle">
                  {formats.count(i + 1)}
                </text>
              </g>
            ))}
          </g>
        );
      }}
    />
  );
}
