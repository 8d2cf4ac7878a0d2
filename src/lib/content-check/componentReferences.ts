/**
 * Rule: whatever a chapter refers to exists. Every component tag is a widget of the registry or
 * one of the chapter page's own components (the build's rule, src/data/quizzes.ts); a
 * <ChapterLink> names a chapter of the same locale and, if it names a section, a heading id in it
 * (the rule ChapterLink.astro applies); a <Quiz chapter> has its quiz file.
 */
import { chapterComponentNames, chapterHasSection } from '../../data/chapterComponents.ts';
import { isWidgetId } from '../../widgets/registry.ts';
import type { ChapterSource } from './chapterSource.ts';
import type { ContentProblem } from './contentProblem.ts';

export interface ChapterReferenceContext {
  /** Every chapter of the course, with its source text (for section ids). */
  chapters: readonly { source: ChapterSource; text: string }[];
  /** Slugs that have a quiz file (content/quizzes/<slug>.yaml). */
  quizSlugs: ReadonlySet<string>;
}

export function checkComponentReferences(chapter: ChapterSource, context: ChapterReferenceContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (line: number, message: string) => problems.push({ file: chapter.file, line, message });
  for (const element of chapter.elements) {
    const { name, line, attributes } = element;
    if (!isWidgetId(name) && !chapterComponentNames.includes(name)) {
      report(
        line,
        `<${name}> is neither a widget in src/widgets/registry.ts nor a chapter component (${chapterComponentNames.join(', ')})`,
      );
      continue;
    }
    if (name === 'ChapterLink') {
      const slug = attributes['chapter'];
      const target = context.chapters.find(({ source }) => source.locale === chapter.locale && source.slug === slug);
      if (!slug) report(line, '<ChapterLink> needs a chapter="NN-slug" attribute');
      else if (!target) report(line, `<ChapterLink chapter="${slug}">: there is no such chapter in ${chapter.locale}`);
      else if (attributes['section'] && !chapterHasSection(target.text, attributes['section']))
        report(
          line,
          `<ChapterLink chapter="${slug}" section="${attributes['section']}">: that chapter has no section with this id`,
        );
    }
    if (name === 'Quiz') {
      const slug = attributes['chapter'];
      if (!slug || !context.quizSlugs.has(slug))
        report(line, `<Quiz chapter="${slug ?? ''}" />: there is no quiz file content/quizzes/${slug ?? '?'}.yaml`);
    }
  }
  return problems;
}
