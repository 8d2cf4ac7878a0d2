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
import { yearTicks } from '../../lib/chart/lineChart.ts';
import { ChartGrid } from '../shared/ChartGrid.tsx';
import { LinePair } from '../shared/LinePair.tsx';

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
  { x: 0, y: 0 },
  ...projection.years.map((year) => ({ x: year.year, y: year.cumulativePerCustomer })),
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
  const values = [...series.a, ...series.b].map((point) => point.y);
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
  const sameCac = inputs.a.acquisitionCost === inputs.b.acquisitionCost;

  return (
    <>
      <ChartGrid
        width={width}
        height={HEIGHT}
        margin={MARGIN}
        x={x}
        y={y}
        xTicks={yearTicks(years, width - MARGIN.left - MARGIN.right)}
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
      <LinePair
        a={{ points: series.a, label: strings.seriesA, labelX: x(inputs.a.horizonYears) + 8 }}
        b={{ points: series.b, label: strings.seriesB, labelX: x(inputs.b.horizonYears) + 8 }}
        x={x}
        y={y}
        marked={years <= MAX_MARKED_YEARS}
      />
    </>
  );
}
