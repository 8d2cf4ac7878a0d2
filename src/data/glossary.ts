/**
 * The glossary as pages need it: its terms in the file's order (each chapter's in the order the
 * chapter introduces them), grouped by the chapter that introduces them, in course order.
 */
import { getCollection } from 'astro:content';
import type { GlossaryTerm } from '../schemas/glossary.ts';

/** Every term of content/glossary.yaml (or GLOSSARY_DIR's), in the file's order. */
export async function glossaryTerms(): Promise<GlossaryTerm[]> {
  const entries = await getCollection('glossary');
  return entries.flatMap((entry) => entry.data.terms);
}

/** The terms grouped by chapter, chapters in course order. */
export function byChapter(terms: readonly GlossaryTerm[]): { chapter: number; terms: GlossaryTerm[] }[] {
  const groups = new Map<number, GlossaryTerm[]>();
  for (const term of terms) groups.set(term.chapter, [...(groups.get(term.chapter) ?? []), term]);
  return [...groups].sort(([a], [b]) => a - b).map(([chapter, grouped]) => ({ chapter, terms: grouped }));
}
