/**
 * The time spent on each chapter's pages, as src/scripts/page-time.js keeps it on the device
 * (`crm-time:<chapter>` → milliseconds as text), read into numbers; what is not a whole number of
 * milliseconds is left out rather than guessed at.
 */
export const CHAPTER_TIME_PREFIX = 'crm-time:';

export function chapterTimes(entries: Iterable<[key: string, value: string | null]>): Record<string, number> {
  const times: Record<string, number> = {};
  for (const [key, value] of entries) {
    if (!key.startsWith(CHAPTER_TIME_PREFIX) || value === null || !/^\d{1,15}$/.test(value)) continue;
    times[key.slice(CHAPTER_TIME_PREFIX.length)] = Number(value);
  }
  return times;
}
