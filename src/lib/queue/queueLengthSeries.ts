/**
 * The number of people waiting over time as a step series for a chart, bounded in size: each
 * point holds from its `time` until the next point's. A long run is averaged over equal time
 * bins, which keeps the area under the curve (and so the mean queue length) unchanged, while
 * `peak` keeps the longest queue seen in the bin so a brief surge stays visible.
 */

export interface QueueLengthPoint {
  time: number;
  /** Customers waiting (time-averaged over the bin once the series is thinned). */
  length: number;
  /** The most customers waiting at any moment of the bin. */
  peak: number;
}

/** Records every change of the queue length during a run. */
export class QueueLengthRecorder {
  private times: number[] = [0];
  private lengths: number[] = [0];

  /** The queue now holds `length` people from `time` on (several changes at one instant keep the last). */
  record(time: number, length: number): void {
    const last = this.times.length - 1;
    if (this.times[last] === time) this.lengths[last] = length;
    else {
      this.times.push(time);
      this.lengths.push(length);
    }
  }

  /** The step series up to `endTime`, thinned to at most `maxPoints` points plus the closing point. */
  series(endTime: number, maxPoints: number): QueueLengthPoint[] {
    const { times, lengths } = this;
    if (times.length <= maxPoints || endTime <= 0) {
      const points = times.map((time, i) => ({ time, length: lengths[i]!, peak: lengths[i]! }));
      if (endTime > times[times.length - 1]!)
        points.push({ time: endTime, length: lengths[lengths.length - 1]!, peak: lengths[lengths.length - 1]! });
      return points;
    }
    const width = endTime / maxPoints;
    const points: QueueLengthPoint[] = [];
    let change = 0;
    for (let bin = 0; bin < maxPoints; bin++) {
      const start = bin * width;
      const end = bin === maxPoints - 1 ? endTime : (bin + 1) * width;
      // Start with the length in force when the bin opens, then walk the changes inside it.
      while (change + 1 < times.length && times[change + 1]! <= start) change++;
      let area = 0;
      let peak = lengths[change]!;
      let from = start;
      let i = change;
      while (i + 1 < times.length && times[i + 1]! < end) {
        area += lengths[i]! * (times[i + 1]! - from);
        from = times[i + 1]!;
        i++;
        peak = Math.max(peak, lengths[i]!);
      }
      area += lengths[i]! * (end - from);
      change = i;
      points.push({ time: start, length: area / (end - start), peak });
    }
    const lastLength = lengths[lengths.length - 1]!;
    points.push({ time: endTime, length: lastLength, peak: lastLength });
    return points;
  }
}

/**
 * Whether the most-at-any-moment line would show apart from the average: only where the series
 * was thinned and a bin held a surge. Otherwise every point's peak is its length, the dashed line
 * lies hidden under the solid one, and the chart leaves it (and its key) out.
 */
export function peakStandsApart(points: QueueLengthPoint[]): boolean {
  return points.some((point) => point.peak > point.length);
}
