/**
 * What the content checker reports: a file, a line in it (1-based) and what is wrong there, so a
 * writer can jump straight to the place. Every rule returns a list of these; none throws.
 */
export interface ContentProblem {
  /** The path as the repository names it, e.g. content/chapters/en/01-foundations.mdx. */
  file: string;
  line: number;
  message: string;
}

/** `file:line: message`, the form editors and terminals turn into a link. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** In file order, then line order, so a report reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
