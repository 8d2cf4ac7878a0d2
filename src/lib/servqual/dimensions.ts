/**
 * SERVQUAL's five dimensions and which of the 22 items measure each, in the order and grouping of
 * Parasuraman, Zeithaml & Berry (1988; kept in their 1991 refinement): tangibles 1–4, reliability
 * 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22. Items are numbered from 1 as the
 * questionnaire numbers them; arrays of ratings hold item n at index n − 1.
 */
export const dimensions = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const;

export type Dimension = (typeof dimensions)[number];

export const itemCount = 22;

/** The first and last item of each dimension. */
export const dimensionItems: Readonly<Record<Dimension, readonly [first: number, last: number]>> = {
  tangibles: [1, 4],
  reliability: [5, 9],
  responsiveness: [10, 13],
  assurance: [14, 17],
  empathy: [18, 22],
};

/** The item numbers of a dimension, e.g. reliability → [5, 6, 7, 8, 9]. */
export function itemsOf(dimension: Dimension): number[] {
  const [first, last] = dimensionItems[dimension];
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** The mean of a dimension's entries in a 22-long array (item n at index n − 1). */
export function dimensionMean(values: readonly number[], dimension: Dimension): number {
  const items = itemsOf(dimension);
  return items.reduce((sum, item) => sum + values[item - 1]!, 0) / items.length;
}

/** The mean of five per-dimension values: each dimension counts once, however many items it has. */
export function meanOfDimensions(values: Readonly<Record<Dimension, number>>): number {
  return dimensions.reduce((sum, dimension) => sum + values[dimension], 0) / dimensions.length;
}
