/**
 * Turns the pages Pagefind found into the list the dialog shows: for each page, in the order
 * Pagefind ranked them, its best-matching sections (a heading and what follows it, up to the next),
 * strongest first, each with its link to that heading, its excerpt, and whether it is teaching notes.
 */
import type { ResultData, SubResult } from './pagefindApi.ts';
import { isTeachingNotesAnchor } from './teachingNotesAnchor.ts';

export interface ResultSection {
  /** The page's title (its first <h1>). */
  pageTitle: string;
  /** The heading the match is under; null when the match is above the page's first heading with an id. */
  sectionTitle: string | null;
  url: string;
  excerpt: string;
  teachingNotes: boolean;
}

/** How strongly a section matches: the sum of its matched words' scores, as Pagefind ranks pages. */
export function sectionScore(section: SubResult): number {
  return section.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
}

export function resultSections(pages: readonly ResultData[], perPage = 3): ResultSection[] {
  return pages.flatMap((page) => {
    const pageTitle = page.meta.title ?? page.url;
    const ranked = page.sub_results
      .map((section, order) => ({ section, order, score: sectionScore(section) }))
      // Stable: equal scores keep the page's own order.
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, Math.max(1, perPage));
    if (ranked.length === 0)
      return [{ pageTitle, sectionTitle: null, url: page.url, excerpt: page.excerpt, teachingNotes: false }];
    return ranked.map(({ section }) => ({
      pageTitle,
      sectionTitle: section.anchor ? section.title : null,
      url: section.url,
      excerpt: section.excerpt,
      teachingNotes: isTeachingNotesAnchor(section.anchor?.id),
    }));
  });
}
