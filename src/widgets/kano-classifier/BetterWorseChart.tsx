/**
 * The Better–Worse chart: each feature with defined coefficients as a numbered point, across by
 * the size of Worse and up by Better, over four areas named in text (attractive, one-dimensional,
 * must-be, indifferent), so neither the areas nor the points rest on colour. Drawn at the
 * figure's own width, so its text keeps its size on a phone; the numbers are in the table.
 */
import type { KanoStrings } from '../../i18n/types.ts';
import { linearScale } from '../../lib/chart/niceTicks.ts';
import type { FeatureReading } from '../../lib/kano/featureReadings.ts';
import type { KanoFormats } from '../../lib/kano/kanoFormats.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { ChartGrid } from '../shared/ChartGrid.tsx';

interface Props {
  readings: readonly FeatureReading[];
  strings: KanoStrings;
  formats: KanoFormats;
}

const MARGIN = { top: 12, right: 16, bottom: 48, left: 58 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];
/**
 * Space inside the axes, so a point at 0 or 1 is drawn whole, clear of the axis values; the bands
 * above 1 and below 0 hold the areas' names, where no point can cover them.
 */
const INSET_X = 14;
const INSET_Y = 28;
/** Roughly square on a phone, flatter on a wide screen. */
const chartHeight = (width: number) => Math.round(Math.min(440, Math.max(300, width * 0.7)));

export function BetterWorseChart({ readings, strings, formats }: Props) {
  const points = readings.flatMap((reading, index) =>
    reading.coefficients.ok ? [{ n: index + 1, x: -reading.coefficients.worse, y: reading.coefficients.better }] : [],
  );
  return (
    <ChartFrame
      id="kano-chart"
      class="kano-chart"
      title={strings.chartTitle}
      description={strings.chartDescription}
      height={chartHeight}
      draw={(width) => {
        const height = chartHeight(width);
        const x = linearScale(0, 1, MARGIN.left + INSET_X, width - MARGIN.right - INSET_X);
        const y = linearScale(0, 1, height - MARGIN.bottom - INSET_Y, MARGIN.top + INSET_Y);
        return (
          <>
            <ChartGrid
              width={width}
              height={height}
              margin={MARGIN}
              x={x}
              y={y}
              xTicks={TICKS}
              yTicks={TICKS}
              format={formats.coefficient}
              xTitle={strings.axisWorse}
              yTitle={strings.axisBetter}
            />
            <g class="kano-quadrants" aria-hidden="true">
              <line x1={x(0.5)} x2={x(0.5)} y1={y(0)} y2={y(1)} />
              <line x1={x(0)} x2={x(1)} y1={y(0.5)} y2={y(0.5)} />
              <text x={x(0.25)} y={y(1) - 15} text-anchor="middle">
                {strings.quadrants.A}
              </text>
              <text x={x(0.75)} y={y(1) - 15} text-anchor="middle">
                {strings.quadrants.O}
              </text>
              <text x={x(0.75)} y={y(0) + 24} text-anchor="middle">
                {strings.quadrants.M}
              </text>
              <text x={x(0.25)} y={y(0) + 24} text-anchor="middle">
                {strings.quadrants.I}
              </text>
            </g>
            <g class="kano-points" aria-hidden="true">
              {points.map((point) => (
                <g key={point.n}>
                  <circle cx={x(point.x)} cy={y(point.y)} r="11" />
                  <text x={x(point.x)} y={y(point.y)} text-anchor="middle" dominant-baseline="central">
                    {formats.count(point.n)}
                  </text>
                </g>
              ))}
            </g>
          </>
        );
      }}
    />
  );
}
