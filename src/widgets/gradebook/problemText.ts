/** A report file's or an assignment link's problem in the page's words (the typed problems come from src/lib/assignment/). */
import type { GradebookStrings } from '../../i18n/types.ts';
import type { LinkProblem } from '../../lib/assignment/assignmentLink.ts';
import type { ReportProblem } from '../../lib/assignment/readReport.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

/** Where in a file the schema stopped, at most three places named. */
const pathList = (paths: readonly string[]) => paths.slice(0, 3).join(', ') + (paths.length > 3 ? ', …' : '');

export function reportProblemText(problem: ReportProblem, strings: GradebookStrings): string {
  const words = strings.problems;
  switch (problem.kind) {
    case 'tooLarge':
    case 'notJson':
    case 'notReport':
    case 'damaged':
      return words[problem.kind];
    case 'newerVersion':
      return fillTemplate(words.newerVersion, { version: problem.version });
    case 'invalid':
      return fillTemplate(words.invalid, { paths: pathList(problem.paths) });
  }
}

export function linkProblemText(problem: LinkProblem, strings: GradebookStrings): string {
  const words = strings.linkProblems;
  switch (problem.kind) {
    case 'missing':
    case 'unknownVersion':
    case 'damaged':
      return words[problem.kind];
    case 'tooLong':
      return fillTemplate(words.tooLong, { length: problem.length });
    case 'invalid':
      return fillTemplate(words.invalid, { paths: pathList(problem.paths) });
  }
}
