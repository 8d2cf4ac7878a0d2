/** Summaries of a set of durations (mean, median, 95th percentile) for the queue results. */

export interface DurationSummary {
  mean: number;
  median: number;
  /** 95 % of the customers waited this long or less. */
  p95: number;
}

/**
 * The q-quantile by linear interpolation between order statistics (Hyndman & Fan type 7, the
 * definition of Excel's PERCENTILE.INC and R's default). Found by selection, not by sorting: a
 * run's 100 000 waits would otherwise take most of the time spent on its results.
 */
export function quantile(values: ArrayLike<number>, q: number): number {
  const scratch = new Float64Array(values);
  const position = (scratch.length - 1) * q;
  const below = Math.floor(position);
  const lower = selectInPlace(scratch, below);
  if (below + 1 >= scratch.length) return lower;
  // After selection every value right of `below` is at least `lower`: the next order statistic is their minimum.
  let upper = Infinity;
  for (let i = below + 1; i < scratch.length; i++) if (scratch[i]! < upper) upper = scratch[i]!;
  return lower + (position - below) * (upper - lower);
}

/**
 * Rearranges `values` so that the k-th smallest sits at index k, smaller or equal values to its
 * left and larger or equal to its right (Hoare's quickselect, median-of-three pivots).
 */
function selectInPlace(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const middle = (left + right) >> 1;
    const pivot = medianOfThree(values[left]!, values[middle]!, values[right]!);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

/** Summarises durations; null when there is nothing to summarise (no customer was served). */
export function summariseDurations(values: ArrayLike<number>): DurationSummary | null {
  if (values.length === 0) return null;
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return {
    mean: total / values.length,
    median: quantile(values, 0.5),
    p95: quantile(values, 0.95),
  };
}
