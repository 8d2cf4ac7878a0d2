/**
 * Line chart of both firms' customers per year. Firms differ by line style and marker shape as
 * well as colour, and each line is labelled at its end, so colour is never the only signal.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FirmComparison, FirmYear } from '../../lib/churn/churnCompounding';
import { linearScale, niceTicks } from '../../lib/chart/niceTicks';
import type { NumberFormats } from '../../lib/text/numberFormats';
import type { UiStrings } from '../../i18n/zh-cn';

interface Props {
  comparison: FirmComparison;
  strings: UiStrings['churn'];
  formats: NumberFormats;
}

/** Width drawn before the island knows its real width (server render, no script). */
const DEFAULT_WIDTH = 640;
/** Fixed drawing height (CSS gives the box the same), so measuring the width never shifts the page. */
const HEIGHT = 260;
const MARGIN = { top: 16, right: 72, bottom: 44, left: 60 };
/** Years past which markers would crowd each other. */
const MAX_MARKED_YEARS = 15;

/**
 * Draws at the figure's real width, so axis text keeps its size on a phone instead of shrinking
 * with a scaled-down drawing.
 */
function useWidth(fallback: number) {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(280, Math.round(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

export function ChurnChart({ comparison, strings, formats }: Props) {
  const [figure, width] = useWidth(DEFAULT_WIDTH);
  const height = HEIGHT;
  const years = comparison.a.length - 1;
  const peak = Math.max(...comparison.a.map((row) => row.customers), ...comparison.b.map((row) => row.customers));
  const yTicks = niceTicks(peak);
  const x = linearScale(0, years, MARGIN.left, width - MARGIN.right);
  const y = linearScale(0, yTicks[yTicks.length - 1]!, height - MARGIN.bottom, MARGIN.top);
  // About one year label per 50 px, so labels never collide.
  const xStep = Math.max(1, Math.ceil(years / Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / 50))));
  const xTicks = Array.from({ length: Math.floor(years / xStep) + 1 }, (_, i) => i * xStep);
  const path = (rows: FirmYear[]) =>
    rows.map((row, i) => `${i === 0 ? 'M' : 'L'}${x(row.year).toFixed(1)},${y(row.customers).toFixed(1)}`).join('');
  const endA = y(comparison.a[years]!.customers);
  const endB = y(comparison.b[years]!.customers);
  // Keep the two end labels apart when the lines finish close together.
  const labelGap = 14;
  const labelA = endA <= endB ? Math.min(endA, endB - labelGap) : Math.max(endA, endB + labelGap);
  const labelB = endA <= endB ? Math.max(endB, endA + labelGap) : Math.min(endB, endA - labelGap);
  const marked = years <= MAX_MARKED_YEARS;

  return (
    <figure class="chart" ref={figure}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="churn-chart-title churn-chart-desc">
        <title id="churn-chart-title">{strings.chartTitle}</title>
        <desc id="churn-chart-desc">{strings.chartDescription}</desc>
        <g class="chart-grid" aria-hidden="true">
          {yTicks.map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 8} y={y(tick)} text-anchor="end" dominant-baseline="middle">
                {formats.count(tick)}
              </text>
            </g>
          ))}
          {xTicks.map((tick) => (
            <text key={tick} x={x(tick)} y={height - MARGIN.bottom + 18} text-anchor="middle">
              {formats.count(tick)}
            </text>
          ))}
          <text x={(MARGIN.left + width - MARGIN.right) / 2} y={height - 6} text-anchor="middle" class="axis-title">
            {strings.axisYear}
          </text>
          <text
            x={14}
            y={(MARGIN.top + height - MARGIN.bottom) / 2}
            text-anchor="middle"
            class="axis-title"
            transform={`rotate(-90 14 ${(MARGIN.top + height - MARGIN.bottom) / 2})`}
          >
            {strings.axisCustomers}
          </text>
        </g>
        <g class="series series-b" aria-hidden="true">
          <path d={path(comparison.b)} stroke-dasharray="7 5" />
          {marked &&
            comparison.b.map((row) => (
              <rect key={row.year} x={x(row.year) - 4} y={y(row.customers) - 4} width="8" height="8" />
            ))}
          <text x={width - MARGIN.right + 8} y={labelB} dominant-baseline="middle">
            {strings.firmB}
          </text>
        </g>
        <g class="series series-a" aria-hidden="true">
          <path d={path(comparison.a)} />
          {marked &&
            comparison.a.map((row) => <circle key={row.year} cx={x(row.year)} cy={y(row.customers)} r="4.5" />)}
          <text x={width - MARGIN.right + 8} y={labelA} dominant-baseline="middle">
            {strings.firmA}
          </text>
        </g>
      </svg>
    </figure>
  );
}
