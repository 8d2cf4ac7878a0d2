/**
 * Two lines compared in a chart (firm A and B, scenario A and B): B dashed with square markers, A
 * solid with round ones, each named at its end, so colour is never the only signal.
 */
import { endLabels, linePath, type DataPoint } from '../../lib/chart/lineChart.ts';

interface Line {
  points: readonly DataPoint[];
  label: string;
  /** Where the end label starts, in px. */
  labelX: number;
}

interface Props {
  a: Line;
  b: Line;
  x: (value: number) => number;
  y: (value: number) => number;
  /** Markers on every point: off when they would crowd each other. */
  marked: boolean;
}

export function LinePair({ a, b, x, y, marked }: Props) {
  const end = (line: Line) => y(line.points[line.points.length - 1]?.y ?? 0);
  const [labelA, labelB] = endLabels(end(a), end(b));
  return (
    <>
      <g class="series series-b" aria-hidden="true">
        <path d={linePath(b.points, x, y)} stroke-dasharray="7 5" />
        {marked && b.points.map((p) => <rect key={p.x} x={x(p.x) - 4} y={y(p.y) - 4} width="8" height="8" />)}
        <text x={b.labelX} y={labelB} dominant-baseline="middle">
          {b.label}
        </text>
      </g>
      <g class="series series-a" aria-hidden="true">
        <path d={linePath(a.points, x, y)} />
        {marked && a.points.map((p) => <circle key={p.x} cx={x(p.x)} cy={y(p.y)} r="4.5" />)}
        <text x={a.labelX} y={labelA} dominant-baseline="middle">
          {a.label}
        </text>
      </g>
    </>
  );
}
