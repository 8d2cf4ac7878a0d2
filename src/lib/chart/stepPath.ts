/**
 * SVG path of a step series: each value holds from its point until the next point, then jumps.
 * (d3-shape's curveStepAfter draws the same; this is a few bytes instead of a few kilobytes on a
 * page already near its script budget.)
 */
export function stepPath<T>(points: readonly T[], x: (point: T) => number, y: (point: T) => number): string {
  return points
    .map((point, i) => {
      const px = x(point).toFixed(1);
      const py = y(point).toFixed(1);
      return i === 0 ? `M${px},${py}` : `H${px}V${py}`;
    })
    .join('');
}
