/**
 * The assignment builder's problems in the page's words: each draft problem as a sentence, and
 * where on the form it belongs (the field it is shown beside), so the view only places them.
 */
import type { FormStrings, InstructorStrings } from '../../i18n/types.ts';
import type { DraftProblem } from '../../lib/assignment/assignmentDraft.ts';
import type { LinkProblem } from '../../lib/assignment/assignmentLink.ts';
import type { StartFieldView } from '../../lib/assignment/catalogue.ts';
import { fieldProblemText, type LimitFormats } from '../../lib/form/fieldProblemText.ts';
import { IDS_MAX, INSTRUCTIONS_MAX, TASKS_MAX, TITLE_MAX } from '../../schemas/assignmentBounds.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

/**
 * Where a problem is shown: a field's id, a chapter's slug (its quiz questions), an exercise's
 * starting setting, or beside the "make" button.
 */
export type ProblemPlace =
  'title' | 'due' | 'instructions' | 'make' | { chapter: string } | { chapter: string; widget: string; key: string };

export function problemPlace(problem: DraftProblem): ProblemPlace {
  switch (problem.kind) {
    case 'noTitle':
    case 'titleTooLong':
      return 'title';
    case 'badDue':
      return 'due';
    case 'instructionsTooLong':
      return 'instructions';
    case 'noQuizItems':
    case 'tooManyItems':
      return { chapter: problem.chapter };
    case 'badSetting':
      return { chapter: problem.chapter, widget: problem.widget, key: problem.key };
    default:
      return 'make';
  }
}

export function problemText(problem: DraftProblem, strings: InstructorStrings, number: (n: number) => string): string {
  const words = strings.problems;
  switch (problem.kind) {
    case 'noTitle':
      return words.noTitle;
    case 'titleTooLong':
      return fillTemplate(words.titleTooLong, { length: number(problem.length), max: number(TITLE_MAX) });
    case 'instructionsTooLong':
      return fillTemplate(words.instructionsTooLong, { length: number(problem.length), max: number(INSTRUCTIONS_MAX) });
    case 'badDue':
      return words.badDue;
    case 'noQuizItems':
      return words.noQuizItems;
    case 'tooManyItems':
      return fillTemplate(words.tooManyItems, { count: number(problem.count), max: number(IDS_MAX) });
    case 'badSetting':
      return words.badSetting;
    case 'noTasks':
      return words.noTasks;
    case 'tooManyTasks':
      return fillTemplate(words.tooManyTasks, { count: number(problem.count), max: number(TASKS_MAX) });
  }
}

/** A starting setting's problem in the words a student's form would use, naming the setting. */
export function settingProblemText(
  problem: Extract<DraftProblem, { kind: 'badSetting' }>,
  field: StartFieldView | undefined,
  sentences: FormStrings['problems'],
  limits: LimitFormats,
): string {
  const percent = field !== undefined && 'number' in field ? field.number.percent : undefined;
  return fieldProblemText(problem.problem, { label: field?.label ?? problem.key, percent }, sentences, limits);
}

/** What is wrong with a link opened on the page, in words. */
export function linkProblemText(
  problem: LinkProblem,
  strings: InstructorStrings,
  number: (n: number) => string,
): string {
  const words = strings.linkProblems;
  return problem.kind === 'tooLong'
    ? fillTemplate(words.tooLong, { length: number(problem.length) })
    : words[problem.kind];
}
