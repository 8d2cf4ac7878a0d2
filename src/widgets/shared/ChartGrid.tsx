/**
 * The frame every line chart shares: horizontal grid lines with their values, the x-axis values,
 * and both axis titles (the y title turned on its side). Hidden from screen readers: each chart
 * carries its own title, description and a table or sentence with the numbers.
 */
export interface ChartMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

interface Props {
  width: number;
  height: number;
  margin: ChartMargin;
  x: (value: number) => number;
  y: (value: number) => number;
  xTicks: number[];
  yTicks: number[];
  format: (value: number) => string;
  xTitle: string;
  yTitle: string;
  /** Where the turned y title stands from the left edge. */
  yTitleX?: number;
}

export function ChartGrid({
  width,
  height,
  margin,
  x,
  y,
  xTicks,
  yTicks,
  format,
  xTitle,
  yTitle,
  yTitleX = 14,
}: Props) {
  const middleY = (margin.top + height - margin.bottom) / 2;
  return (
    <g class="chart-grid" aria-hidden="true">
      {yTicks.map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
          <text x={margin.left - 8} y={y(tick)} text-anchor="end" dominant-baseline="middle">
            {format(tick)}
          </text>
        </g>
      ))}
      {xTicks.map((tick) => (
        <text key={tick} x={x(tick)} y={height - margin.bottom + 18} text-anchor="middle">
          {format(tick)}
        </text>
      ))}
      <text x={(margin.left + width - margin.right) / 2} y={height - 6} text-anchor="middle" class="axis-title">
        {xTitle}
      </text>
      <text
        x={yTitleX}
        y={middleY}
        text-anchor="middle"
        class="axis-title"
        transform={`rotate(-90 ${yTitleX} ${middleY})`}
      >
        {yTitle}
      </text>
    </g>
  );
}
