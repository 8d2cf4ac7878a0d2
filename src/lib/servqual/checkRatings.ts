/**
 * Checks one column of ratings (22 answers, item n at index n − 1) against the 7-point scale of
 * src/schemas/servqualRatings.ts, returning a problem per item that is off it. Takes anything, so
 * that a value from a file, a link or a test never throws here.
 */
import { ratingField } from '../../schemas/servqualRatings.ts';
import { checkValue } from '../form/readField.ts';
import { itemCount } from './dimensions.ts';
import type { RatingColumn, ServqualProblem } from './servqualProblem.ts';

export function checkRatings(column: RatingColumn, ratings: unknown): ServqualProblem[] {
  if (!Array.isArray(ratings) || ratings.length !== itemCount) {
    return [{ code: 'itemCount', column, count: Array.isArray(ratings) ? ratings.length : 0 }];
  }
  const problems: ServqualProblem[] = [];
  ratings.forEach((rating: unknown, index) => {
    const checked = checkValue(ratingField, rating);
    if (!checked.ok) problems.push({ code: 'rating', column, item: index + 1, problem: checked.problem });
  });
  return problems;
}
