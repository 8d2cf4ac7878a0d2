/**
 * Cumulative discounted value per customer acquired, year by year, for scenarios A and B, with
 * each scenario's acquisition cost as a thin dotted line: where a curve crosses its line is the
 * payback year. Scenarios differ by line style and marker shape as well as colour.
 */
import type { ValidCohortInputs } from '../../lib/clv/cohortInputs.ts';
import type { CohortProjection } from '../../lib/clv/cohortProjection.ts';
import type { ScenarioName } from '../../lib/clv/scenarioUrl.ts';
import { linearScale, niceTicks } from '../../lib/chart/niceTicks.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { LifetimeValueStrings } from '../../i18n/types.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { ChartGrid } from '../shared/ChartGrid.tsx';

interface Props {
  projections: Record<ScenarioName, CohortProjection>;
  inputs: Record<ScenarioName, ValidCohortInputs>;
  strings: LifetimeValueStrings;
  formats: NumberFormats;
}

/** Width drawn before the island knows its real width. */
const DEFAULT_WIDTH = 640;
/** Fixed drawing height (CSS gives the box the same), so measuring the width never shifts the page. */
const HEIGHT = 260;
const MARGIN = { top: 16, right: 64, bottom: 44, left: 64 };
/** Years past which markers would crowd each other. */
const MAX_MARKED_YEARS = 15;

/** Year 0 (nothing earned yet) followed by each year's cumulative value per customer. */
const pointsOf = (projection: CohortProjection) => [
  { year: 0, value: 0 },
  ...projection.years.map((year) => ({ year: year.year, value: year.cumulativePerCustomer })),
];

export function CumulativeValueChart(props: Props) {
  return (
    <ChartFrame
      id="clv-chart"
      title={props.strings.chartTitle}
      description={props.strings.chartDescription}
      height={HEIGHT}
      defaultWidth={DEFAULT_WIDTH}
      draw={(width) => <CumulativeValueLines {...props} width={width} />}
    />
  );
}

function CumulativeValueLines({ projections, inputs, strings, formats, width }: Props & { width: number }) {
  const series = { a: pointsOf(projections.a), b: pointsOf(projections.b) };
  const years = Math.max(inputs.a.horizonYears, inputs.b.horizonYears);
  const values = [...series.a, ...series.b].map((point) => point.value);
  const cacs = [inputs.a.acquisitionCost, inputs.b.acquisitionCost];
  const top = Math.max(...values, ...cacs);
  const bottom = Math.min(0, ...values);
  // Ticks on round numbers above zero, mirrored below it when a loss-making scenario dips under.
  const upper = niceTicks(top);
  const step = upper.length > 1 ? upper[1]! - upper[0]! : 1;
  const lower: number[] = [];
  for (let tick = -step; tick > bottom - step; tick -= step) lower.unshift(Number(tick.toPrecision(12)));
  const yTicks = [...lower, ...upper];
  const x = linearScale(0, years, MARGIN.left, width - MARGIN.right);
  const y = linearScale(yTicks[0]!, yTicks[yTicks.length - 1]!, HEIGHT - MARGIN.bottom, MARGIN.top);
  const xStep = Math.max(1, Math.ceil(years / Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / 50))));
  const xTicks = Array.from({ length: Math.floor(years / xStep) + 1 }, (_, i) => i * xStep);
  const path = (points: { year: number; value: number }[]) =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join('');
  const marked = years <= MAX_MARKED_YEARS;
  const endY = (name: ScenarioName) => y(series[name][series[name].length - 1]!.value);
  // Keep the two end labels apart when the curves finish close together.
  const gap = 14;
  const [endA, endB] = [endY('a'), endY('b')];
  const labelA = endA <= endB ? Math.min(endA, endB - gap) : Math.max(endA, endB + gap);
  const labelB = endA <= endB ? Math.max(endB, endA + gap) : Math.min(endB, endA - gap);
  const sameCac = inputs.a.acquisitionCost === inputs.b.acquisitionCost;

  return (
    <>
      <ChartGrid
        width={width}
        height={HEIGHT}
        margin={MARGIN}
        x={x}
        y={y}
        xTicks={xTicks}
        yTicks={yTicks}
        format={formats.count}
        xTitle={strings.axisYear}
        yTitle={strings.axisValue}
      />
      {(['b', 'a'] as const).map((name) =>
        sameCac && name === 'b' ? null : (
          <g class={`clv-cac clv-cac-${name}`} aria-hidden="true" key={`cac-${name}`}>
            <line
              x1={MARGIN.left}
              x2={width - MARGIN.right}
              y1={y(inputs[name].acquisitionCost)}
              y2={y(inputs[name].acquisitionCost)}
              stroke-dasharray="2 4"
            />
            <text x={MARGIN.left + 4} y={y(inputs[name].acquisitionCost) - 4}>
              {sameCac ? strings.cacLine : `${strings.cacLine} ${name === 'a' ? strings.seriesA : strings.seriesB}`}
            </text>
          </g>
        ),
      )}
      <g class="series series-b" aria-hidden="true">
        <path d={path(series.b)} stroke-dasharray="7 5" />
        {marked && series.b.map((p) => <rect key={p.year} x={x(p.year) - 4} y={y(p.value) - 4} width="8" height="8" />)}
        <text x={x(inputs.b.horizonYears) + 8} y={labelB} dominant-baseline="middle">
          {strings.seriesB}
        </text>
      </g>
      <g class="series series-a" aria-hidden="true">
        <path d={path(series.a)} />
        {marked && series.a.map((p) => <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r="4.5" />)}
        <text x={x(inputs.a.horizonYears) + 8} y={labelA} dominant-baseline="middle">
          {strings.seriesA}
        </text>
      </g>
    </>
  );
}
