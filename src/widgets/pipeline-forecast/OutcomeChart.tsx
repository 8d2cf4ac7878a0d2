/**
 * The distribution of what the quarter may bring, as bars over equal ranges of totals, with the
 * weighted pipeline (solid line) and the quota (dashed line) each named in text above the plot, so
 * neither is told apart by colour alone. The numbers themselves are in the sentence above it.
 */
import type { PipelineStrings } from '../../i18n/types.ts';
import { linearScale, niceTicks } from '../../lib/chart/niceTicks.ts';
import { outcomeBins } from '../../lib/pipeline/outcomeBins.ts';
import type { Forecast } from '../../lib/pipeline/pipelineForecast.ts';
import type { PipelineFormats } from '../../lib/pipeline/pipelineFormats.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { ChartGrid } from '../shared/ChartGrid.tsx';

interface Props {
  forecast: Forecast;
  strings: PipelineStrings;
  formats: PipelineFormats;
}

const HEIGHT = 280;
const MARGIN = { top: 52, right: 16, bottom: 44, left: 56 };
/** About this many pixels per bar: narrow enough to show the shape, wide enough to see on a phone. */
const BAR_PX = 14;

export function OutcomeChart({ forecast, strings, formats }: Props) {
  return (
    <ChartFrame
      id="pipeline-chart"
      class="pipeline-chart"
      title={strings.chartTitle}
      description={strings.chartDescription}
      height={HEIGHT}
      caption={strings.chartTitle}
      draw={(width) => {
        const plot = width - MARGIN.left - MARGIN.right;
        const bins = outcomeBins(forecast.outcomes, Math.min(32, Math.round(plot / BAR_PX)));
        const top = Math.max(forecast.pipeline, forecast.quota);
        const xTicks = niceTicks(top, width < 480 ? 4 : 6);
        const x = linearScale(0, xTicks[xTicks.length - 1]!, MARGIN.left, width - MARGIN.right);
        const yTicks = niceTicks(Math.max(...bins.map((bin) => bin.chance)), 4);
        const y = linearScale(0, yTicks[yTicks.length - 1]!, HEIGHT - MARGIN.bottom, MARGIN.top);
        const mark = (value: number, label: string, row: number, kind: string) => {
          const at = x(value);
          const anchor = at > width / 2 ? 'end' : 'start';
          return (
            <g class={`pipeline-mark pipeline-mark-${kind}`}>
              <line x1={at} x2={at} y1={MARGIN.top - 18 + row * 18} y2={HEIGHT - MARGIN.bottom} />
              <text x={anchor === 'end' ? at - 4 : at + 4} y={12 + row * 18} text-anchor={anchor}>
                {label} {formats.compactMoney(value)}
              </text>
            </g>
          );
        };
        return (
          <>
            <ChartGrid
              width={width}
              height={HEIGHT}
              margin={MARGIN}
              x={x}
              y={(value) => y(value)}
              xTicks={[]}
              yTicks={yTicks}
              format={formats.percent}
              xTitle={strings.axisTotal}
              yTitle={strings.axisChance}
            />
            <g class="chart-grid" aria-hidden="true">
              {xTicks.map((tick) => (
                <text key={tick} x={x(tick)} y={HEIGHT - MARGIN.bottom + 18} text-anchor="middle">
                  {formats.compactMoney(tick)}
                </text>
              ))}
            </g>
            <g class="pipeline-bars" aria-hidden="true">
              {bins.map((bin) => (
                <rect
                  key={bin.from}
                  x={x(bin.from)}
                  y={y(bin.chance)}
                  width={Math.max(1, x(bin.to) - x(bin.from) - 1)}
                  height={y(0) - y(bin.chance)}
                />
              ))}
            </g>
            <g aria-hidden="true">
              {mark(forecast.weighted, strings.meanMark, 0, 'mean')}
              {mark(forecast.quota, strings.quotaMark, 1, 'quota')}
            </g>
          </>
        );
      }}
    />
  );
}
