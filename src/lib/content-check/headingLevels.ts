/**
 * Rule: a chapter's headings do not skip levels. The page title is the only h1, so the text starts
 * at ## (a ### before any ## skips one), and each heading is at most one level below the one before
 * (## then #### skips ###). Headings inside components (TeachingNotes, Case) count in document
 * order, because the page and its table of contents render them in one outline.
 */
import type { ChapterHeading } from './chapterSource.ts';
import type { ContentProblem } from './contentProblem.ts';

export function checkHeadingLevels(file: string, headings: readonly ChapterHeading[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let previous = 1;
  for (const heading of headings) {
    const inside = heading.container ? ` (inside <${heading.container}>)` : '';
    if (heading.depth === 1)
      problems.push({
        file,
        line: heading.line,
        message: `"# ${heading.text}"${inside}: the chapter title is the page's only level-1 heading; start sections at ##`,
      });
    else if (heading.depth > previous + 1)
      problems.push({
        file,
        line: heading.line,
        message:
          `"${'#'.repeat(heading.depth)} ${heading.text}"${inside} skips a level: ` +
          (previous === 1 ? 'it comes before any ## heading' : `the heading before it is level ${previous}`),
      });
    previous = heading.depth;
  }
  return problems;
}
