/**
 * Bars of each tier's share of customers (plain) and share of profit (hatched), so the two
 * differ by pattern and label as well as colour; a negative profit share (the lead tier) points
 * left of zero and a share above 100 % (the whale curve) reaches past it.
 */
import type { CustomerPyramid } from '../../lib/rfm/customerPyramid';
import { linearScale } from '../../lib/chart/niceTicks';
import type { NumberFormats } from '../../lib/text/numberFormats';
import type { CustomerPyramidStrings } from '../../i18n/types';
import { HatchPattern } from '../shared/HatchPattern';

interface Props {
  pyramid: CustomerPyramid;
  strings: CustomerPyramidStrings;
  formats: NumberFormats;
}

const WIDTH = 640;
const ROW = 56;
const BAR = 20;
const TOP = 28;
const LEFT = 72;
const RIGHT = 64;

export function TierChart({ pyramid, strings, formats }: Props) {
  const shares = pyramid.tiers.flatMap((tier) => [tier.customerShare, tier.profitShare ?? 0]);
  const x = linearScale(Math.min(0, ...shares), Math.max(1, ...shares), LEFT, WIDTH - RIGHT);
  const height = TOP + ROW * pyramid.tiers.length;
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
    <figure class="chart pyramid-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="pyramid-chart-title pyramid-chart-desc">
        <title id="pyramid-chart-title">{strings.chartTitle}</title>
        <desc id="pyramid-chart-desc">{strings.chartDescription}</desc>
        <defs>
          <HatchPattern id="pyramid-hatch" />
        </defs>
        <g aria-hidden="true">
          <g class="pyramid-legend">
            <rect x={LEFT} y={4} width={14} height={14} class="pyramid-bar-customers-swatch" />
            <text x={LEFT + 20} y={11} dominant-baseline="middle">
              {strings.legendCustomers}
            </text>
            <rect x={LEFT + 180} y={4} width={14} height={14} fill="url(#pyramid-hatch)" />
            <text x={LEFT + 200} y={11} dominant-baseline="middle">
              {strings.legendProfit}
            </text>
          </g>
          <line class="pyramid-zero" x1={x(0)} x2={x(0)} y1={TOP - 4} y2={height} />
          {pyramid.tiers.map((tier, index) => {
            const y = TOP + index * ROW;
            return (
              <g key={tier.tier}>
                <text class="pyramid-tier-label" x={LEFT - 8} y={y + BAR} text-anchor="end" dominant-baseline="middle">
                  {strings.tierNames[tier.tier]}
                </text>
                {bar(tier.customerShare, y + 2, 'customers')}
                {tier.profitShare !== null && bar(tier.profitShare, y + 4 + BAR, 'profit')}
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
