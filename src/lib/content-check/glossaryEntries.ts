/**
 * Rules on the glossary itself (content/glossary.yaml): it parses and matches its schema (every
 * term in both locales, src/schemas/glossary.ts), with each problem at its line; it has at least
 * 120 terms, at least 12 per chapter, and every related id names a term.
 */
import { parseDocument } from 'yaml';
import { glossarySchema } from '../../schemas/glossary.ts';
import type { ContentProblem } from './contentProblem.ts';
import { lineIndex } from './lineIndex.ts';
import { yamlLine } from './yamlLine.ts';

export const GLOSSARY_MINIMUM = 120;
export const GLOSSARY_MINIMUM_PER_CHAPTER = 12;

/** A glossary term as the other rules read it, whether or not the file passed its schema. */
export interface GlossaryEntry {
  id: string;
  chapter: number | undefined;
  /** Per locale: the term and its aliases. */
  names: Record<string, string[]>;
  rejected: string[];
  /** The file line of each rejected variant, in order. */
  rejectedLines: number[];
}

export interface GlossaryReading {
  entries: GlossaryEntry[];
  problems: ContentProblem[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** `chapters` are the chapter numbers of the course (each needs its own terms). */
export function readGlossary(file: string, source: string, chapters: readonly number[]): GlossaryReading {
  const lineOf = lineIndex(source);
  const document = parseDocument(source);
  const problems: ContentProblem[] = document.errors.map((error) => ({
    file,
    line: error.linePos?.[0].line ?? 1,
    message: `YAML: ${error.message.split('\n')[0]}`,
  }));
  const data: unknown = document.toJS();
  const result = glossarySchema.safeParse(data);
  if (!result.success)
    for (const issue of result.error.issues)
      problems.push({
        file,
        line: yamlLine(document, issue.path, lineOf),
        message: `${issue.path.join('.')}: ${issue.message}`,
      });

  const raw = (data as { terms?: unknown } | null)?.terms;
  const terms = Array.isArray(raw) ? (raw as Record<string, unknown>[]) : [];
  const entries: GlossaryEntry[] = terms.map((term, index) => {
    const names: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(term ?? {}))
      if (value && typeof value === 'object' && 'term' in value) {
        const side = value as { term?: unknown; aliases?: unknown };
        names[key] = [...strings([side.term]), ...strings(side.aliases)];
      }
    const rejected = strings(term?.['rejected']);
    return {
      id: String(term?.['id'] ?? ''),
      chapter: typeof term?.['chapter'] === 'number' ? term['chapter'] : undefined,
      names,
      rejected,
      rejectedLines: rejected.map((_, at) => yamlLine(document, ['terms', index, 'rejected', at], lineOf)),
    };
  });

  if (entries.length < GLOSSARY_MINIMUM)
    problems.push({
      file,
      line: 1,
      message: `the glossary has ${entries.length} terms; the course needs at least ${GLOSSARY_MINIMUM}`,
    });
  const ids = new Set(entries.map((entry) => entry.id));
  terms.forEach((term, index) =>
    strings(term?.['related']).forEach((related, at) => {
      if (!ids.has(related))
        problems.push({
          file,
          line: yamlLine(document, ['terms', index, 'related', at], lineOf),
          message: `${String(term['id'])}: related term "${related}" is not in the glossary`,
        });
    }),
  );
  for (const chapter of chapters) {
    const own = entries.filter((entry) => entry.chapter === chapter).length;
    if (own < GLOSSARY_MINIMUM_PER_CHAPTER) {
      // Report at the chapter's marker comment (# ── chapter 3 ──) where the writer adds terms.
      const marker = new RegExp(`^\\s*#.*\\bchapter ${chapter}\\b`, 'm').exec(source);
      problems.push({
        file,
        line: marker ? lineOf(marker.index) : 1,
        message: `chapter ${chapter} has ${own} glossary terms of its own; it needs at least ${GLOSSARY_MINIMUM_PER_CHAPTER}`,
      });
    }
  }
  return { entries, problems };
}
