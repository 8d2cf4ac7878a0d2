/** Axis ticks at round numbers (1, 2, 2.5 or 5 × 10^k) from 0 up to at least `max`. */
export function niceTicks(max: number, targetCount = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / Math.max(1, targetCount - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let i = 0; i * step < max + step; i++) {
    ticks.push(Number((i * step).toPrecision(12)));
    if (i * step >= max) break;
  }
  return ticks;
}

/** Maps a value in [domainMin, domainMax] linearly onto [rangeStart, rangeEnd]. */
export function linearScale(domainMin: number, domainMax: number, rangeStart: number, rangeEnd: number) {
  const span = domainMax - domainMin || 1;
  return (value: number) => rangeStart + ((value - domainMin) / span) * (rangeEnd - rangeStart);
}
