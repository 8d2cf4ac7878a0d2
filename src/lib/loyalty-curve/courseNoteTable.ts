/**
 * The score-to-retention table copied between Chinese course notes ("5 → 92–97 % … 1 → 0–5 %"),
 * by the midpoint of each band, as the chapter works it. It has no known published source: the
 * widget shows it only beside the model's curves, to compare with the chapter's 74.6 %.
 */

/** Midpoint retention for scores 1 to 5 (index = score − 1). */
export const courseNoteMidpoints: readonly number[] = [0.025, 0.175, 0.625, 0.825, 0.945];
