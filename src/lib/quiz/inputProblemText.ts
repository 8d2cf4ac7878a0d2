/**
 * Why an answer cannot be checked yet, in words: the quiz's own sentences for an item left empty
 * or half placed, and for a typed number the very sentence a widget field shows for the same text
 * (strings namespace `form`), naming the answer box by its label.
 */
import type { FormStrings, QuizStrings } from '../../i18n/types.ts';
import { fieldProblemText, type LimitFormats } from '../form/fieldProblemText.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { InputProblem } from './itemInput.ts';

export interface InputProblemWords {
  quiz: QuizStrings['problems'];
  form: FormStrings['problems'];
  /** The label of the answer box, e.g. "Your answer". */
  label: string;
  limits: LimitFormats;
}

export function inputProblemText(problem: InputProblem, words: InputProblemWords): string {
  switch (problem.code) {
    case 'empty':
      return words.quiz.empty;
    case 'incomplete':
      return fillTemplate(words.quiz.incomplete, { n: problem.missing });
    default:
      return fieldProblemText(problem, { label: words.label }, words.form, words.limits);
  }
}
