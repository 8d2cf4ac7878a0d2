/**
 * Customer lifetime value over an infinite horizon as a multiple of one period's margin
 * (Gupta & Lehmann 2003, 2005), in the two timing conventions textbooks use. Rates are fractions.
 */

/** The two ways of timing the margin; the widget names the one it shows. */
export type MarginTiming = 'endOfPeriod' | 'upFront';

/** True when the infinite sum converges: retention in [0, 1), a finite discount rate ≥ 0. */
function convergent(retention: number, discountRate: number): boolean {
  return (
    Number.isFinite(retention) && Number.isFinite(discountRate) && retention >= 0 && retention < 1 && discountRate >= 0
  );
}

/**
 * Margin received at the END of each period the customer is still retained:
 * Σ_{t≥1} r^t / (1 + d)^t = r / (1 + d − r). This is Gupta & Lehmann's published multiple.
 * Returns null outside the range where the sum converges, so no NaN or Infinity reaches a page.
 */
export function marginMultipleEndOfPeriod(retention: number, discountRate: number): number | null {
  if (!convergent(retention, discountRate)) return null;
  return retention / (1 + discountRate - retention);
}

/**
 * The first period's margin counted UP FRONT (now, undiscounted, before anyone can leave), then
 * one margin per later period retained: Σ_{t≥0} r^t / (1 + d)^t = (1 + d) / (1 + d − r).
 * The two multiples differ by the factor (1 + d) / r (1.375 at r = 0.8, d = 0.1), which is why
 * a figure must always say which convention it uses.
 */
export function marginMultipleUpFront(retention: number, discountRate: number): number | null {
  if (!convergent(retention, discountRate)) return null;
  return (1 + discountRate) / (1 + discountRate - retention);
}

/** CLV = m · r / (1 + d − r): margin per period times the end-of-period multiple. */
export function lifetimeValueEndOfPeriod(margin: number, retention: number, discountRate: number): number | null {
  const multiple = marginMultipleEndOfPeriod(retention, discountRate);
  return multiple === null || !Number.isFinite(margin) ? null : margin * multiple;
}

/** CLV = m · (1 + d) / (1 + d − r): margin per period times the up-front multiple. */
export function lifetimeValueUpFront(margin: number, retention: number, discountRate: number): number | null {
  const multiple = marginMultipleUpFront(retention, discountRate);
  return multiple === null || !Number.isFinite(margin) ? null : margin * multiple;
}

/** Either convention by name, for a widget that lets the student switch between them. */
export function lifetimeValue(
  timing: MarginTiming,
  margin: number,
  retention: number,
  discountRate: number,
): number | null {
  return timing === 'endOfPeriod'
    ? lifetimeValueEndOfPeriod(margin, retention, discountRate)
    : lifetimeValueUpFront(margin, retention, discountRate);
}
