/**
 * Line chart of both firms' customers per year. Firms differ by line style and marker shape as
 * well as colour, and each line is labelled at its end, so colour is never the only signal.
 */
import type { FirmComparison, FirmYear } from '../../lib/churn/churnCompounding.ts';
import { linearScale, niceTicks } from '../../lib/chart/niceTicks.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { ChurnStrings } from '../../i18n/types.ts';
import { useFigureWidth } from '../shared/useFigureWidth.ts';
import { ChartGrid } from '../shared/ChartGrid.tsx';

interface Props {
  comparison: FirmComparison;
  strings: ChurnStrings;
  formats: NumberFormats;
}

/** Width drawn before the island knows its real width (server render, no script). */
const DEFAULT_WIDTH = 640;
/** Fixed drawing height (CSS gives the box the same), so measuring the width never shifts the page. */
const HEIGHT = 260;
const MARGIN = { top: 16, right: 72, bottom: 44, left: 60 };
/** Years past which markers would crowd each other. */
const MAX_MARKED_YEARS = 15;

export function ChurnChart({ comparison, strings, formats }: Props) {
  const [figure, width] = useFigureWidth(DEFAULT_WIDTH);
  const height = HEIGHT;
  const years = comparison.a.length - 1;
  const peak = Math.max(...comparison.a.map((row) => row.customers), ...comparison.b.map((row) => row.customers));
  const yTicks = niceTicks(peak);
  const x = linearScale(0, years, MARGIN.left, width - MARGIN.right);
  const y = linearScale(0, yTicks[yTicks.length - 1]!, height - MARGIN.bottom, MARGIN.top);
  // About one year label per 50 px, so labels never collide.
  const xStep = Math.max(1, Math.ceil(years / Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / 50))));
  const xTicks = Array.from({ length: Math.floor(years / xStep) + 1 }, (_, i) => i * xStep);
  const path = (rows: FirmYear[]) =>
    rows.map((row, i) => `${i === 0 ? 'M' : 'L'}${x(row.year).toFixed(1)},${y(row.customers).toFixed(1)}`).join('');
  const endA = y(comparison.a[years]!.customers);
  const endB = y(comparison.b[years]!.customers);
  // Keep the two end labels apart when the lines finish close together.
  const labelGap = 14;
  const labelA = endA <= endB ? Math.min(endA, endB - labelGap) : Math.max(endA, endB + labelGap);
  const labelB = endA <= endB ? Math.max(endB, endA + labelGap) : Math.min(endB, endA - labelGap);
  const marked = years <= MAX_MARKED_YEARS;

  return (
    <figure class="chart" ref={figure}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="churn-chart-title churn-chart-desc">
        <title id="churn-chart-title">{strings.chartTitle}</title>
        <desc id="churn-chart-desc">{strings.chartDescription}</desc>
        <ChartGrid
          width={width}
          height={height}
          margin={MARGIN}
          x={x}
          y={y}
          xTicks={xTicks}
          yTicks={yTicks}
          format={formats.count}
          xTitle={strings.axisYear}
          yTitle={strings.axisCustomers}
        />
        <g class="series series-b" aria-hidden="true">
          <path d={path(comparison.b)} stroke-dasharray="7 5" />
          {marked &&
            comparison.b.map((row) => (
              <rect key={row.year} x={x(row.year) - 4} y={y(row.customers) - 4} width="8" height="8" />
            ))}
          <text x={width - MARGIN.right + 8} y={labelB} dominant-baseline="middle">
            {strings.firmB}
          </text>
        </g>
        <g class="series series-a" aria-hidden="true">
          <path d={path(comparison.a)} />
          {marked &&
            comparison.a.map((row) => <circle key={row.year} cx={x(row.year)} cy={y(row.customers)} r="4.5" />)}
          <text x={width - MARGIN.right + 8} y={labelA} dominant-baseline="middle">
            {strings.firmA}
          </text>
        </g>
      </svg>
    </figure>
  );
}
