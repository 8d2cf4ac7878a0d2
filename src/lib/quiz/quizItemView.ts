/**
 * A quiz item as one page shows it: the text of one locale, the answer key for grading in the
 * browser, and the fingerprint that ties a stored answer to this version of the item (made at
 * build time by localizeQuizItem, so the island receives only what it shows).
 */
import type { QuizItem } from '../../schemas/quiz.ts';
import type { AnswerKey } from './grade.ts';

/**
 * How a numeric item wants its number: `number` a plain number (a "%" is refused, so 0.3 and 30%
 * are never confused); `percent` a value in percent (30 and 30% both mean thirty per cent);
 * `either` a proportion written as a decimal or with a percent sign (0.3 and 30% are the same).
 */
export type NumberFormat = 'number' | 'percent' | 'either';

export interface Choice {
  id: string;
  text: string;
}

export interface QuizItemView {
  id: string;
  type: QuizItem['type'];
  fingerprint: string;
  difficulty: 1 | 2 | 3;
  prompt: string;
  explanation: string;
  key: AnswerKey;
  /** single, multiple, ordering: the options; categorising: the things to sort. */
  choices: Choice[];
  /** matching: the left-hand terms and their candidate partners; categorising: the buckets. */
  left: Choice[];
  right: Choice[];
  /** numeric: the unit shown beside the field, the units a learner may type in either language, and the format. */
  unit?: string;
  units: string[];
  format: NumberFormat;
}

export interface AnswerWords {
  true: string;
  false: string;
  /** Joins an ordering: "A → B → C". */
  then: string;
  /** Joins a list: "A, B". */
  and: string;
  /** A number with its tolerance, e.g. "1,097.5 (± 0.5)". */
  plusMinus: string;
  formatNumber: (value: number) => string;
}
