/**
 * Bars of each tier's share of customers (plain) and share of profit (hatched), so the two
 * differ by pattern and label as well as colour; a negative profit share (the lead tier) points
 * left of zero and a share above 100 % (the whale curve) reaches past it. Drawn at the figure's
 * own width, so its text keeps its size on a phone.
 */
import type { CustomerPyramidStrings } from '../../i18n/types.ts';
import { linearScale } from '../../lib/chart/niceTicks.ts';
import type { CustomerPyramid } from '../../lib/rfm/customerPyramid.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { HatchPattern } from '../shared/HatchPattern.tsx';

interface Props {
  pyramid: CustomerPyramid;
  strings: CustomerPyramidStrings;
  formats: NumberFormats;
}

const ROW = 56;
const BAR = 20;
const LEGEND_ROW = 18;
const LEFT = 72;
const RIGHT = 64;
/** Below this width the two legend entries no longer fit side by side, so they stack. */
const LEGEND_SIDE_BY_SIDE = 480;
const barsTop = (width: number) => 28 + (width < LEGEND_SIDE_BY_SIDE ? LEGEND_ROW : 0);

export function TierChart({ pyramid, strings, formats }: Props) {
  const shares = pyramid.tiers.flatMap((tier) => [tier.customerShare, tier.profitShare ?? 0]);
  const rows = pyramid.tiers.length;
  return (
    <ChartFrame
      id="pyramid-chart"
      class="pyramid-chart"
      title={strings.chartTitle}
      description={strings.chartDescription}
      height={(width) => barsTop(width) + ROW * rows}
      draw={(width) => {
        const stacked = width < LEGEND_SIDE_BY_SIDE;
        const firstRow = barsTop(width);
        const height = firstRow + ROW * rows;
        const x = linearScale(Math.min(0, ...shares), Math.max(1, ...shares), LEFT, width - RIGHT);
        const legendProfit = stacked ? { x: LEFT, y: 4 + LEGEND_ROW } : { x: LEFT + 180, y: 4 };
        const bar = (value: number, y: number, kind: 'customers' | 'profit') => (
          <g class={`pyramid-bar pyramid-bar-${kind}`}>
            <rect
              x={Math.min(x(0), x(value))}
              y={y}
              width={Math.abs(x(value) - x(0))}
              height={BAR}
              fill={kind === 'profit' ? 'url(#pyramid-hatch)' : undefined}
            />
            <text x={Math.max(x(0), x(value)) + 4} y={y + BAR / 2} dominant-baseline="middle">
              {formats.percent(value)}
            </text>
          </g>
        );
        return (
          <>
            <defs>
              <HatchPattern id="pyramid-hatch" />
            </defs>
            <g aria-hidden="true">
              <g class="pyramid-legend">
                <rect x={LEFT} y={4} width={14} height={14} class="pyramid-bar-customers-swatch" />
                <text x={LEFT + 20} y={11} dominant-baseline="middle">
                  {strings.legendCustomers}
                </text>
                <rect x={legendProfit.x} y={legendProfit.y} width={14} height={14} fill="url(#pyramid-hatch)" />
                <text x={legendProfit.x + 20} y={legendProfit.y + 7} dominant-baseline="middle">
                  {strings.legendProfit}
                </text>
              </g>
              <line class="pyramid-zero" x1={x(0)} x2={x(0)} y1={firstRow - 4} y2={height} />
              {pyramid.tiers.map((tier, index) => {
                const y = firstRow + index * ROW;
                return (
                  <g key={tier.tier}>
                    <text
                      class="pyramid-tier-label"
                      x={LEFT - 8}
                      y={y + BAR}
                      text-anchor="end"
                      dominant-baseline="middle"
                    >
                      {strings.tierNames[tier.tier]}
                    </text>
                    {bar(tier.customerShare, y + 2, 'customers')}
                    {tier.profitShare !== null && bar(tier.profitShare, y + 4 + BAR, 'profit')}
                  </g>
                );
              })}
            </g>
          </>
        );
      }}
    />
  );
}
