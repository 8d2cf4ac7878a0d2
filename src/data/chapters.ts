/** Chapters of one locale in course order, with the facts pages need about each. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readingMinutes } from '../lib/text/readingMinutes.ts';
import type { Locale } from '../i18n/locales.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;

export interface ChapterInfo {
  entry: ChapterEntry;
  /** The file name without extension, e.g. 01-foundations: the same in every locale. */
  slug: string;
  readingMinutes: number;
}

/** Entry ids look like "zh-cn/01-foundations". */
function splitId(id: string): { locale: string; slug: string } {
  const [locale = '', slug = ''] = id.split('/');
  return { locale, slug };
}

export async function chaptersOf(locale: Locale): Promise<ChapterInfo[]> {
  const entries = await getCollection('chapters', (entry) => splitId(entry.id).locale === locale);
  return entries
    .map((entry) => ({
      entry,
      slug: splitId(entry.id).slug,
      readingMinutes: readingMinutes(entry.body ?? ''),
    }))
    .sort((a, b) => a.entry.data.chapter - b.entry.data.chapter);
}

export function chapterPath(slug: string): string {
  return `chapters/${slug}/`;
}

// Kept here for the pages that import it with the chapter helpers; defined beside mdxComponents.
export { chapterComponentNames } from './chapterComponents.ts';
