/**
 * A problem with a lifetime-value box in words: the shared problem sentences (strings namespace
 * `form`) for a number that cannot be used, the widget's own for a per-year list that is too
 * short or too long.
 */
import type { FormStrings, LifetimeValueStrings } from '../../i18n/types.ts';
import { cohortFields, type CohortField } from '../../schemas/cohortInputs.ts';
import { fieldProblemText, type LimitFormats } from '../form/fieldProblemText.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { CohortProblem } from './cohortInputs.ts';

export interface CohortProblemSentences {
  labels: LifetimeValueStrings['fields'];
  /** The widget's sentences for a per-year list. */
  lists: LifetimeValueStrings['problems'];
  /** The shared sentences for one number. */
  numbers: FormStrings['problems'];
}

export function cohortProblemText(
  problem: CohortProblem,
  sentences: CohortProblemSentences,
  formats: LimitFormats,
): string {
  const label = sentences.labels[problem.field];
  switch (problem.code) {
    case 'tooFewValues':
      return fillTemplate(sentences.lists.tooFewValues, { label, min: formats.limit(problem.min) });
    case 'tooManyValues':
      return fillTemplate(sentences.lists.tooManyValues, { label, max: formats.limit(problem.max) });
    default:
      return fieldProblemText(
        problem,
        { label, percent: cohortFields[problem.field].percent },
        sentences.numbers,
        formats,
      );
  }
}

/** The words of each box's problem, keyed like the problems. */
export function cohortProblemTexts(
  problems: Partial<Record<CohortField, CohortProblem>>,
  sentences: CohortProblemSentences,
  formats: LimitFormats,
): Partial<Record<CohortField, string>> {
  const texts: Partial<Record<CohortField, string>> = {};
  for (const [field, problem] of Object.entries(problems) as [CohortField, CohortProblem | undefined][]) {
    if (problem) texts[field] = cohortProblemText(problem, sentences, formats);
  }
  return texts;
}
