/**
 * The illustrative curves: the competitive market (solid) and the one with little competition
 * (dashed) as a line pair, the curve at the slider's switching costs (thick, dotted, diamonds),
 * over the three zones named above the plot, the quality-insensitive one also hatched. Nothing
 * relies on colour alone; the table below the chart gives every value. All three curves meet at
 * the top right, so only the competitive line is named at its end (score 5); the other two are
 * named at score 1, where they stand apart.
 */
import type { LoyaltyCurveStrings } from '../../i18n/types.ts';
import { linePath } from '../../lib/chart/lineChart.ts';
import { linearScale } from '../../lib/chart/niceTicks.ts';
import { curvePoints, repurchaseLikelihood } from '../../lib/loyalty-curve/repurchaseCurve.ts';
import { satisfactionZones } from '../../lib/loyalty-curve/satisfactionZones.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { ChartGrid } from '../shared/ChartGrid.tsx';
import { HatchPattern } from '../shared/HatchPattern.tsx';
import { LinePair } from '../shared/LinePair.tsx';
import { LEFT, scoreAxis, textWidth } from './chartLayout.ts';

interface Props {
  /** The slider's switching costs, 0–100. */
  level: number;
  levelText: string;
  strings: LoyaltyCurveStrings['view'];
  formats: NumberFormats;
}

const HEIGHT = 320;
/** Two rows of zone names above the plot: defection and affection, then indifference between them. */
const TOP = 44;
const BOTTOM = 44;
const SCORES = [1, 2, 3, 4, 5];
const PERCENT_TICKS = [0, 25, 50, 75, 100];

/** Likelihoods in percent, the unit of the y axis. */
const inPercent = (level: number) => curvePoints(level).map((p) => ({ x: p.x, y: p.y * 100 }));
/** Drawn from score 5 back to 1, so the line pair names it at score 1. */
const sheltered = inPercent(1).reverse();
const competitive = inPercent(0);

export function CurveChart({ level, levelText, strings, formats }: Props) {
  const { lines, zones } = strings;
  return (
    <ChartFrame
      id="curve-chart"
      class="curve-chart"
      title={strings.chartTitle}
      description={strings.chartDescription}
      height={HEIGHT}
      caption={fillTemplate(strings.chartCaption, { level: levelText })}
      draw={(width) => {
        const { right, x } = scoreAxis(width, lines.competitive);
        const y = linearScale(0, 100, HEIGHT - BOTTOM, TOP);
        const s = level / 100;
        const plotWidth = width - LEFT - right;
        const indifference = textWidth(zones.indifference) < plotWidth ? zones.indifference : zones.indifferenceShort;
        const diamonds = SCORES.map((score) => {
          const cx = x(score).toFixed(1);
          const cy = y(repurchaseLikelihood(score, s) * 100).toFixed(1);
          return `M${cx},${cy}m0,-6l6,6l-6,6l-6,-6z`;
        }).join('');
        return (
          <>
            <defs>
              <HatchPattern id="curve-hatch" />
            </defs>
            <g class="curve-zones" aria-hidden="true">
              {satisfactionZones.map(({ zone, from, to }) => (
                <g key={zone}>
                  {zone === 'indifference' && (
                    <rect
                      class="curve-hatch"
                      x={x(from)}
                      y={TOP}
                      width={x(to) - x(from)}
                      height={HEIGHT - TOP - BOTTOM}
                      fill="url(#curve-hatch)"
                    />
                  )}
                  {from > 1 && <line x1={x(from)} x2={x(from)} y1={TOP - 4} y2={HEIGHT - BOTTOM} />}
                  <text x={x((from + to) / 2)} y={zone === 'indifference' ? 32 : 14} text-anchor="middle">
                    {zone === 'indifference' ? indifference : zones[zone]}
                  </text>
                </g>
              ))}
            </g>
            <ChartGrid
              width={width}
              height={HEIGHT}
              margin={{ top: TOP, right, bottom: BOTTOM, left: LEFT }}
              x={x}
              y={y}
              xTicks={SCORES}
              yTicks={PERCENT_TICKS}
              format={formats.count}
              xTitle={strings.axisSatisfaction}
              yTitle={strings.axisLikelihood}
            />
            <LinePair
              a={{ points: competitive, label: lines.competitive, labelX: x(5) + 8 }}
              b={{ points: sheltered, label: lines.sheltered, labelX: x(1) + 10 }}
              x={x}
              y={y}
              marked={false}
            />
            <g class="series curve-current" aria-hidden="true">
              <path d={linePath(inPercent(s), x, y)} />
              <path class="curve-diamonds" d={diamonds} />
              {/* Above its curve in the lower half, below it in the upper half, clear of the dashed line's name. */}
              <text x={x(1) + 10} y={y(repurchaseLikelihood(1, s) * 100) + (s < 0.5 ? -12 : 18)}>
                {fillTemplate(lines.current, { level: levelText })}
              </text>
            </g>
          </>
        );
      }}
    />
  );
}
