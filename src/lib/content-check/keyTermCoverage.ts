/**
 * Rule: every key term a chapter lists in its frontmatter is in the glossary, in the chapter's
 * language, as a term or one of its aliases; the problem names the key term's line.
 */
import type { ChapterSource } from './chapterSource.ts';
import type { ContentProblem } from './contentProblem.ts';
import type { GlossaryEntry } from './glossaryEntries.ts';
import { lineIndex } from './lineIndex.ts';
import { yamlLine } from './yamlLine.ts';

/** A key term as the chapter lists it, without its parenthesised abbreviation or gloss: "客户关系管理（CRM）" → "客户关系管理". */
export function bareTerm(term: string): string {
  return term
    .replace(/\s*[（(][^）)]*[）)]\s*$/u, '')
    .trim()
    .toLowerCase();
}

export function checkKeyTermCoverage(chapter: ChapterSource, glossary: readonly GlossaryEntry[]): ContentProblem[] {
  if (!chapter.locale) return [];
  const locale = chapter.locale;
  const known = new Set(glossary.flatMap((entry) => (entry.names[locale] ?? []).map(bareTerm)));
  const keyTerms: unknown = chapter.frontmatter.toJS()?.keyTerms;
  if (!Array.isArray(keyTerms)) return [];
  const lineOf = lineIndex(chapter.frontmatterText);
  return keyTerms.flatMap((keyTerm: { term?: unknown }, index) => {
    const term = typeof keyTerm?.term === 'string' ? keyTerm.term : '';
    if (!term || known.has(bareTerm(term))) return [];
    return [
      {
        file: chapter.file,
        line: yamlLine(chapter.frontmatter, ['keyTerms', index, 'term'], lineOf, chapter.frontmatterLine - 1),
        message: `key term "${term}" is not in content/glossary.yaml (as a ${locale} term or alias)`,
      },
    ];
  });
}
