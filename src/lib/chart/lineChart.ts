/** The geometry the year-by-year line charts share (churn, lifetime value): ticks, paths and end labels. */

/** A point in the data's own units (a year, a number of customers). */
export interface DataPoint {
  x: number;
  y: number;
}

type Scale = (value: number) => number;

/** Ticks for years 0 … `years`, about one per 50 px of plot, so year labels never collide. */
export function yearTicks(years: number, plotWidth: number): number[] {
  const step = Math.max(1, Math.ceil(years / Math.max(2, Math.floor(plotWidth / 50))));
  return Array.from({ length: Math.floor(years / step) + 1 }, (_, i) => i * step);
}

/** An SVG path through the points, drawn with the chart's scales. */
export function linePath(points: readonly DataPoint[], x: Scale, y: Scale): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join('');
}

/** Heights for two lines' end labels: at the lines' ends, pushed apart to at least `gap` px when the ends are close. */
export function endLabels(endA: number, endB: number, gap = 14): [number, number] {
  return endA <= endB
    ? [Math.min(endA, endB - gap), Math.max(endB, endA + gap)]
    : [Math.max(endA, endB + gap), Math.min(endB, endA - gap)];
}
