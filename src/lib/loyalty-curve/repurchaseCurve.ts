/**
 * The illustrative satisfaction–loyalty curves of chapter 5: how likely a customer is to buy again
 * at each satisfaction score (1–5), from a highly competitive market (switching costs 0) to one
 * with little competition (switching costs 1). Shaped after Jones and Sasser (1995), not fitted
 * to data; the widget states the same formulas under "assumptions". Scores run over [1, 5] and
 * switching costs over [0, 1]; retentionReport.ts checks inputs before they get here.
 */

/** The likelihood that a completely satisfied customer (5) buys again when leaving costs nothing. */
export const TOP_LIKELIHOOD = 0.95;

/**
 * How many times likelier a customer one score higher is to buy again in a competitive market:
 * the six times Xerox found between a 5 and a 4 (Jones & Sasser 1995), applied at every step for
 * want of any published figure for the lower steps.
 */
export const STEP_RATIO = 6;

/**
 * The largest share of customers switching costs hold whatever their satisfaction: even a
 * monopoly loses some customers to reasons no barrier stops (they move, their needs change).
 */
export const MAX_HELD = 0.9;

/** Competitive market, c(x) = 0.95 ÷ 6^(5 − x): low until it climbs steeply from 4 to 5. */
export function competitiveLikelihood(score: number): number {
  return TOP_LIKELIHOOD / STEP_RATIO ** (5 - score);
}

/**
 * The share of customers switching costs s hold, h(s) = 0.9 × (3s² − 2s³): as if customers' gains
 * from switching spread around a typical value, so it changes slowly near both ends of the scale
 * and fastest in the middle, where the cost passes what a typical customer would gain.
 */
export function heldShare(switchingCost: number): number {
  return MAX_HELD * switchingCost * switchingCost * (3 - 2 * switchingCost);
}

/**
 * p(x, s) = 1 − (1 − c(x)) × (1 − h(s)): a customer leaves only when neither their satisfaction
 * nor the switching costs keep them (the two taken as independent). Higher switching costs raise
 * the floor and flatten the curve by the same factor 1 − h(s).
 */
export function repurchaseLikelihood(score: number, switchingCost: number): number {
  return 1 - (1 - competitiveLikelihood(score)) * (1 - heldShare(switchingCost));
}

/** Points of the curve at switching costs s, from score 1 to 5 in `steps` equal steps, for drawing. */
export function curvePoints(switchingCost: number, steps = 40): { x: number; y: number }[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const x = 1 + (4 * i) / steps;
    return { x, y: repurchaseLikelihood(x, switchingCost) };
  });
}
