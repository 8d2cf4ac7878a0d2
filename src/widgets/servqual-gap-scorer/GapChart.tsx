/**
 * Bars either side of zero, one per dimension: a shortfall (below 0) hatched and pointing left, a
 * gap of 0 or more solid and pointing right, each labelled with its value on the other side of the
 * zero line, so neither colour nor direction is the only signal. A class's chart adds each mean's
 * confidence interval as a line with end ticks across the bar.
 */
import { linearScale } from '../../lib/chart/niceTicks.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { HatchPattern } from '../shared/HatchPattern.tsx';

export interface GapBar {
  label: string;
  value: number;
  /** The confidence interval's ends, when the bar is a class's mean. */
  low?: number | null;
  high?: number | null;
}

interface Props {
  id: string;
  title: string;
  description: string;
  bars: GapBar[];
  format: (value: number) => string;
  /** The axis's whole numbers. */
  tickFormat: (value: number) => string;
  legend: [below: string, above: string];
}

const ROW = 36;
const BAR = 22;
const TOP = 6;
const AXIS = 26;
const LEFT = 118;
const RIGHT = 16;

/**
 * The axis from a whole number at or below the lowest end to one at or above the highest, 0
 * included, with room on the side of zero where the bars do not go for their value labels.
 */
function axisRange(bars: GapBar[]): [number, number] {
  const ends = bars.flatMap((bar) => [bar.value, bar.low ?? bar.value, bar.high ?? bar.value]);
  let low = Math.max(-6, Math.floor(Math.min(0, ...ends)));
  let high = Math.min(6, Math.ceil(Math.max(0, ...ends)));
  const room = Math.max(1, (high - low) * 0.4);
  if (high < room && -low >= high) high = room;
  if (-low < room && high > -low) low = -room;
  return [low, high];
}

export function GapChart({ id, title, description, bars, format, tickFormat, legend }: Props) {
  const [low, high] = axisRange(bars);
  const step = high - low > 6 ? 2 : 1;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high; tick += step) ticks.push(tick);
  return (
    <ChartFrame
      id={id}
      class="sq-chart"
      title={title}
      description={description}
      height={TOP + bars.length * ROW + AXIS}
      caption={
        <span class="sq-legend">
          <span>
            <span class="sq-swatch sq-swatch-below" /> {legend[0]}
          </span>
          <span>
            <span class="sq-swatch sq-swatch-above" /> {legend[1]}
          </span>
        </span>
      }
      draw={(width) => {
        const x = linearScale(low, high, LEFT, width - RIGHT);
        const bottom = TOP + bars.length * ROW;
        return (
          <g aria-hidden="true">
            <defs>
              <HatchPattern id={`${id}-hatch`} />
            </defs>
            {ticks.map((tick) => (
              <line key={tick} class="sq-grid" x1={x(tick)} x2={x(tick)} y1={TOP} y2={bottom} />
            ))}
            {bars.map((bar, index) => {
              const y = TOP + index * ROW + (ROW - BAR) / 2;
              const middle = y + BAR / 2;
              const below = bar.value < 0;
              return (
                <g key={bar.label}>
                  <text x={LEFT - 8} y={middle} text-anchor="end" dominant-baseline="middle">
                    {bar.label}
                  </text>
                  <rect
                    class={below ? 'sq-bar-below' : 'sq-bar-above'}
                    x={Math.min(x(0), x(bar.value))}
                    y={y}
                    width={Math.abs(x(bar.value) - x(0))}
                    height={BAR}
                    fill={below ? `url(#${id}-hatch)` : undefined}
                  />
                  {bar.low != null && bar.high != null && (
                    <path
                      class="sq-interval"
                      d={`M${x(bar.low)} ${y + 3}v${BAR - 6}M${x(bar.low)} ${middle}H${x(bar.high)}M${x(bar.high)} ${y + 3}v${BAR - 6}`}
                    />
                  )}
                  <text
                    class="sq-bar-value"
                    x={x(0) + (below ? 5 : -5)}
                    y={middle}
                    text-anchor={below ? 'start' : 'end'}
                    dominant-baseline="middle"
                  >
                    {format(bar.value)}
                  </text>
                </g>
              );
            })}
            <line class="sq-zero" x1={x(0)} x2={x(0)} y1={TOP} y2={bottom} />
            {ticks.map((tick) => (
              <text key={tick} x={x(tick)} y={bottom + 16} text-anchor="middle">
                {tickFormat(tick)}
              </text>
            ))}
          </g>
        );
      }}
    />
  );
}
