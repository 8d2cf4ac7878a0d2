/**
 * Which of the course's stored records (keys without the `crm:` prefix, src/lib/progress/progressState.ts)
 * belong to one chapter: the ones a chapter's package carries to the LMS and back.
 */

export interface PackagedChapter {
  /** The chapter's slug, as in `04-satisfaction`. */
  slug: string;
  /** Complaint role-play scenarios the chapter's page offers (none in most chapters). */
  scenarioIds: readonly string[];
}

/** The chapter's number as its item ids spell it (`ch4-…` for `04-satisfaction`). */
export function itemPrefix(slug: string): string {
  return `ch${Number.parseInt(slug, 10)}-`;
}

/** Whether the record stored under `key` is part of the chapter's progress. */
export function belongsToChapter(key: string, chapter: PackagedChapter): boolean {
  const [kind = '', first = '', second] = key.split(':');
  switch (kind) {
    case 'item':
    case 'draft':
      return second === undefined && first.startsWith(itemPrefix(chapter.slug));
    case 'test':
      return first === chapter.slug && second !== undefined;
    case 'read':
      return first === chapter.slug && second === undefined;
    case 'widget':
      return first === chapter.slug && second !== undefined;
    case 'roleplay':
      return second === undefined && chapter.scenarioIds.includes(first);
    default:
      return false;
  }
}
