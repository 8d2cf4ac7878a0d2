/**
 * Each sample's NPS as a point with its 95 % interval as a bar on one −100 … +100 axis, and the
 * difference of two samples on the row below, so a student sees whether that bar crosses zero.
 * Samples differ by marker shape (circle, square, diamond) and row label, not by colour alone.
 * A difference reaching past ±100 is drawn to the edge without an end cap.
 */
import type { NpsStrings } from '../../i18n/types.ts';
import { linearScale } from '../../lib/chart/niceTicks.ts';
import type { NpsFormats } from '../../lib/nps/npsFormats.ts';
import type { Interval } from '../../lib/nps/waldInterval.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';

export interface IntervalRow {
  label: string;
  value: number;
  interval: Interval;
  kind: 'a' | 'b' | 'difference';
}

interface Props {
  rows: IntervalRow[];
  strings: NpsStrings;
  formats: NpsFormats;
}

const ROW = 44;
const TOP = 4;
const AXIS = 46;
const LEFT = 76;
const RIGHT = 20;
const CAP = 7;

export function IntervalPlot({ rows, strings, formats }: Props) {
  return (
    <ChartFrame
      id="nps-intervals"
      class="nps-intervals"
      title={strings.intervalTitle}
      description={strings.intervalDescription}
      height={TOP + ROW * rows.length + AXIS}
      draw={(width) => {
        const x = linearScale(-100, 100, LEFT, width - RIGHT);
        const bottom = TOP + ROW * rows.length;
        const ticks = width - LEFT - RIGHT < 320 ? [-100, -50, 0, 50, 100] : [-100, -75, -50, -25, 0, 25, 50, 75, 100];
        const edge = (value: number) => x(Math.max(-100, Math.min(100, value)));
        return (
          <g aria-hidden="true">
            {ticks.map((tick) => (
              <g key={tick} class={tick === 0 ? 'nps-zero' : 'nps-grid'}>
                <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={bottom} />
                <text x={x(tick)} y={bottom + 18} text-anchor="middle">
                  {formats.points(tick)}
                </text>
              </g>
            ))}
            <text class="nps-axis-title" x={(LEFT + width - RIGHT) / 2} y={bottom + AXIS - 6} text-anchor="middle">
              {strings.axisTitle}
            </text>
            {rows.map(({ label, value, interval, kind }, index) => {
              const y = TOP + index * ROW + ROW / 2 + 6;
              const point = edge(value);
              return (
                <g key={kind} class={`nps-row nps-row-${kind}`}>
                  <text class="nps-row-label" x={LEFT - 8} y={y} text-anchor="end" dominant-baseline="middle">
                    {label}
                  </text>
                  <line x1={edge(interval.low)} x2={edge(interval.high)} y1={y} y2={y} />
                  {interval.low >= -100 && <line x1={x(interval.low)} x2={x(interval.low)} y1={y - CAP} y2={y + CAP} />}
                  {interval.high <= 100 && (
                    <line x1={x(interval.high)} x2={x(interval.high)} y1={y - CAP} y2={y + CAP} />
                  )}
                  {kind === 'a' && <circle cx={point} cy={y} r={6} />}
                  {kind === 'b' && <rect x={point - 6} y={y - 6} width={12} height={12} />}
                  {kind === 'difference' && <path d={`M${point},${y - 8}l8,8l-8,8l-8,-8z`} />}
                  <text class="nps-value" x={point} y={y - 12} text-anchor="middle">
                    {formats.points(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      }}
    />
  );
}
