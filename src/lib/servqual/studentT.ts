/**
 * Quantiles of Student's t distribution, for the confidence interval of a class's mean gap. The
 * distribution function for whole degrees of freedom ν has a closed form as a finite sum
 * (Abramowitz & Stegun 1964, 26.7.3 and 26.7.4, with θ = arctan(t / √ν)):
 *   ν odd:  P(|T| ≤ t) = (2/π)·(θ + sin θ·(cos θ + (2/3)·cos³θ + … + (2·4·…·(ν−3))/(1·3·…·(ν−2))·cos^(ν−2)θ))
 *   ν even: P(|T| ≤ t) = sin θ·(1 + (1/2)·cos²θ + (1·3)/(2·4)·cos⁴θ + … + (1·3·…·(ν−3))/(2·4·…·(ν−2))·cos^(ν−2)θ)
 * and the quantile is found by bisection on it, to far more digits than a table prints. No
 * approximation formula is involved, so accuracy does not depend on ν.
 */

/** P(|T| ≤ t) for t ≥ 0 and whole ν ≥ 1. */
export function studentTCentral(t: number, df: number): number {
  const theta = Math.atan(t / Math.sqrt(df));
  const sin = Math.sin(theta);
  const cos2 = Math.cos(theta) ** 2;
  if (df % 2 === 1) {
    // Odd ν: the sum runs over cos^(2k+1)θ for 2k + 1 ≤ ν − 2, each term (2k)/(2k+1)·cos²θ times the last.
    let term = Math.cos(theta);
    let sum = df > 1 ? term : 0;
    for (let k = 1; 2 * k + 1 <= df - 2; k++) {
      term *= ((2 * k) / (2 * k + 1)) * cos2;
      sum += term;
    }
    return (2 / Math.PI) * (theta + sin * sum);
  }
  // Even ν: the sum runs over cos^(2k)θ for 2k ≤ ν − 2, each term (2k−1)/(2k)·cos²θ times the last.
  let term = 1;
  let sum = 1;
  for (let k = 1; 2 * k <= df - 2; k++) {
    term *= ((2 * k - 1) / (2 * k)) * cos2;
    sum += term;
  }
  return sin * sum;
}

/**
 * The t with P(T ≤ t) = p for 0.5 < p < 1 and whole ν ≥ 1, e.g. studentTQuantile(0.975, 9) ≈ 2.262.
 * Returns NaN outside that domain, which callers never pass (the interval code checks n ≥ 2 first).
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0.5 && p < 1) || !Number.isInteger(df) || df < 1) return Number.NaN;
  const central = 2 * p - 1;
  let low = 0;
  let high = 1;
  while (studentTCentral(high, df) < central) high *= 2;
  for (let step = 0; step < 200 && high - low > 1e-12 * high; step++) {
    const middle = (low + high) / 2;
    if (studentTCentral(middle, df) < central) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
