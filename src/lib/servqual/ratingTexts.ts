/**
 * The rating boxes as the student typed them, one text per item in each column, and what they
 * read as: the ratings of the columns a mode scores, or each box's problem and how many boxes are
 * still empty. Each box is read as every widget field is (src/lib/form/readField.ts) against the
 * 7-point scale.
 */
import { ratingField } from '../../schemas/servqualRatings.ts';
import type { FieldProblem } from '../form/fieldProblem.ts';
import { readField } from '../form/readField.ts';
import type { RatingColumn } from './servqualProblem.ts';

export type RatingTexts = Record<RatingColumn, string[]>;

export type Ratings = Record<RatingColumn, number[]>;

export interface BoxProblem {
  column: RatingColumn;
  /** 1-based. */
  item: number;
  problem: FieldProblem;
}

export type RatingReading =
  | { ok: true; ratings: Partial<Ratings> }
  /** `problems` leaves out empty boxes (a blank form is not a mistake), which `empty` counts. */
  | { ok: false; problems: BoxProblem[]; empty: number };

export const ratingColumns: readonly RatingColumn[] = ['expected', 'perceived', 'desired', 'adequate'];

/** Every box's text for a set of ratings (a preset), or empty boxes. */
export function ratingTexts(ratings?: Ratings): RatingTexts {
  const texts = {} as RatingTexts;
  for (const column of ratingColumns)
    texts[column] = ratings ? ratings[column].map(String) : Array<string>(22).fill('');
  return texts;
}

export function readRatings(texts: RatingTexts, columns: readonly RatingColumn[]): RatingReading {
  const ratings: Partial<Ratings> = {};
  const problems: BoxProblem[] = [];
  let empty = 0;
  for (const column of columns) {
    ratings[column] = texts[column].map((text, index) => {
      const reading = readField(ratingField, text);
      if (reading.ok) return reading.value;
      if (reading.problem.code === 'required') empty++;
      else problems.push({ column, item: index + 1, problem: reading.problem });
      return 0;
    });
  }
  return problems.length > 0 || empty > 0 ? { ok: false, problems, empty } : { ok: true, ratings };
}
