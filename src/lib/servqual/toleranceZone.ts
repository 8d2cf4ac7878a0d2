/**
 * The zone-of-tolerance reading of SERVQUAL (Zeithaml, Berry & Parasuraman 1993; the three-column
 * questionnaire of Parasuraman, Zeithaml & Berry 1994): for each item the customer gives the
 * service they desire, the lowest they find adequate, and what they perceived. Per dimension
 * (means of its items), the measure of service adequacy is MSA = P − adequate and the measure of
 * service superiority is MSS = P − desired; perception below the adequate level lies below the
 * zone (MSA < 0), above the desired level above it (MSS > 0), and anywhere between within it,
 * its edges included.
 */
import { checkRatings } from './checkRatings.ts';
import { dimensionMean, dimensions, meanOfDimensions, type Dimension } from './dimensions.ts';
import type { ServqualProblem } from './servqualProblem.ts';

export interface ZoneRatings {
  desired: readonly number[];
  adequate: readonly number[];
  perceived: readonly number[];
}

export type ZonePosition = 'below' | 'within' | 'above';

export interface DimensionZone {
  dimension: Dimension;
  desired: number;
  adequate: number;
  perceived: number;
  /** Measure of service adequacy, perceived − adequate. */
  msa: number;
  /** Measure of service superiority, perceived − desired. */
  mss: number;
  position: ZonePosition;
}

export interface ZoneScores {
  dimensions: DimensionZone[];
  /** Means of the five dimensions' MSA and MSS, each dimension counting once. */
  overallMsa: number;
  overallMss: number;
}

export type ZoneResult = { ok: true; scores: ZoneScores } | { ok: false; problems: ServqualProblem[] };

/** Means of whole numbers that agree to this are equal: a perception on the zone's edge is within it. */
const EDGE = 1e-9;

export function zonePosition(msa: number, mss: number): ZonePosition {
  if (msa < -EDGE) return 'below';
  return mss > EDGE ? 'above' : 'within';
}

export function toleranceZone(ratings: ZoneRatings): ZoneResult {
  const problems = [
    ...checkRatings('desired', ratings.desired),
    ...checkRatings('adequate', ratings.adequate),
    ...checkRatings('perceived', ratings.perceived),
  ];
  if (problems.length === 0) {
    ratings.adequate.forEach((adequate, index) => {
      if (adequate > ratings.desired[index]!) problems.push({ code: 'adequateAboveDesired', item: index + 1 });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const rows = dimensions.map((dimension): DimensionZone => {
    const desired = dimensionMean(ratings.desired, dimension);
    const adequate = dimensionMean(ratings.adequate, dimension);
    const perceived = dimensionMean(ratings.perceived, dimension);
    const msa = perceived - adequate;
    const mss = perceived - desired;
    return { dimension, desired, adequate, perceived, msa, mss, position: zonePosition(msa, mss) };
  });
  const measure = (key: 'msa' | 'mss') =>
    meanOfDimensions(Object.fromEntries(rows.map((row) => [row.dimension, row[key]])) as Record<Dimension, number>);
  return { ok: true, scores: { dimensions: rows, overallMsa: measure('msa'), overallMss: measure('mss') } };
}
