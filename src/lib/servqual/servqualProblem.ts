/**
 * Why a set of SERVQUAL answers cannot be scored, as codes the widget words in the page's
 * language: a rating that is missing or off the 1–7 scale (naming the item and the column), a
 * zone whose adequate level lies above the desired one, an importance split that is not whole
 * points or does not add up to 100.
 */
import type { FieldProblem } from '../form/fieldProblem.ts';
import type { Dimension } from './dimensions.ts';

/** The ratings asked of each item: expectation and perception (gap mode); desired, adequate and perception (zone mode). */
export type RatingColumn = 'expected' | 'perceived' | 'desired' | 'adequate';

export type ServqualProblem =
  /** The column does not hold one rating for each of the 22 items. */
  | { code: 'itemCount'; column: RatingColumn; count: number }
  | { code: 'rating'; column: RatingColumn; item: number; problem: FieldProblem }
  /** The lowest level a customer accepts is above the level they hope for: no zone between them. */
  | { code: 'adequateAboveDesired'; item: number }
  | { code: 'importance'; dimension: Dimension; problem: FieldProblem }
  | { code: 'importanceTotal'; total: number }
  /** A class file without a single usable respondent. */
  | { code: 'noRespondents' };
