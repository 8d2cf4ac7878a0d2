/**
 * Each dimension's zone of tolerance on the 1–7 scale: a hatched band from the adequate to the
 * desired level, the perceived level as a dot, and beside it in words whether it lies below,
 * within or above the zone, so the picture never rests on colour or position alone.
 */
import type { ServqualStrings } from '../../i18n/types.ts';
import { linearScale } from '../../lib/chart/niceTicks.ts';
import type { ServqualFormats } from '../../lib/servqual/servqualFormats.ts';
import type { ZoneScores } from '../../lib/servqual/toleranceZone.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { HatchPattern } from '../shared/HatchPattern.tsx';

interface Props {
  scores: ZoneScores;
  strings: ServqualStrings;
  formats: ServqualFormats;
}

/** Each row: the dimension and its position in words above, the scale with band and dot below. */
const ROW = 52;
const BAND = 16;
const TOP = 4;
const AXIS = 24;
const SIDE = 14;
const scale = [1, 2, 3, 4, 5, 6, 7];

export function ZoneChart({ scores, strings, formats }: Props) {
  const rows = scores.dimensions;
  return (
    <ChartFrame
      id="sq-zone-chart"
      class="sq-chart"
      title={strings.zone.chartTitle}
      description={strings.zone.chartDescription}
      height={TOP + rows.length * ROW + AXIS}
      draw={(width) => {
        const x = linearScale(1, 7, SIDE, width - SIDE);
        const bottom = TOP + rows.length * ROW;
        return (
          <g aria-hidden="true">
            <defs>
              <HatchPattern id="sq-zone-hatch" />
            </defs>
            {scale.map((tick) => (
              <g key={tick} class="chart-grid">
                <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={bottom} />
                <text x={x(tick)} y={bottom + 16} text-anchor="middle">
                  {formats.count(tick)}
                </text>
              </g>
            ))}
            {rows.map((row, index) => {
              const y = TOP + index * ROW;
              const band = y + 22;
              return (
                <g key={row.dimension}>
                  <text x={SIDE} y={y + 12}>
                    {fillTemplate(strings.zone.chartLabel, {
                      dimension: strings.dimensions[row.dimension],
                      position: strings.zone.positions[row.position],
                      perceived: formats.mean(row.perceived),
                    })}
                  </text>
                  <rect
                    class="sq-zone-band"
                    x={x(row.adequate)}
                    y={band}
                    width={Math.max(2, x(row.desired) - x(row.adequate))}
                    height={BAND}
                    fill="url(#sq-zone-hatch)"
                  />
                  <circle
                    class={`sq-zone-dot sq-zone-${row.position}`}
                    cx={x(row.perceived)}
                    cy={band + BAND / 2}
                    r="7"
                  />
                </g>
              );
            })}
          </g>
        );
      }}
    />
  );
}
