/**
 * Line chart of both firms' customers per year. Firms differ by line style and marker shape as
 * well as colour, and each line is labelled at its end, so colour is never the only signal.
 */
import type { FirmComparison, FirmYear } from '../../lib/churn/churnCompounding.ts';
import { linearScale, niceTicks } from '../../lib/chart/niceTicks.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { ChurnStrings } from '../../i18n/types.ts';
import { yearTicks } from '../../lib/chart/lineChart.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { ChartGrid } from '../shared/ChartGrid.tsx';
import { LinePair } from '../shared/LinePair.tsx';

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

export function ChurnChart(props: Props) {
  return (
    <ChartFrame
      id="churn-chart"
      title={props.strings.chartTitle}
      description={props.strings.chartDescription}
      height={HEIGHT}
      defaultWidth={DEFAULT_WIDTH}
      draw={(width) => <ChurnLines {...props} width={width} />}
    />
  );
}

function ChurnLines({ comparison, strings, formats, width }: Props & { width: number }) {
  const years = comparison.a.length - 1;
  const peak = Math.max(...comparison.a.map((row) => row.customers), ...comparison.b.map((row) => row.customers));
  const yTicks = niceTicks(peak);
  const x = linearScale(0, years, MARGIN.left, width - MARGIN.right);
  const y = linearScale(0, yTicks[yTicks.length - 1]!, HEIGHT - MARGIN.bottom, MARGIN.top);
  const points = (rows: FirmYear[]) => rows.map((row) => ({ x: row.year, y: row.customers }));
  const labelX = width - MARGIN.right + 8;
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
        yTitle={strings.axisCustomers}
      />
      <LinePair
        a={{ points: points(comparison.a), label: strings.firmA, labelX }}
        b={{ points: points(comparison.b), label: strings.firmB, labelX }}
        x={x}
        y={y}
        marked={years <= MAX_MARKED_YEARS}
      />
    </>
  );
}
