/**
 * The home page's progress card: the course's completion and what is due for review, read from
 * this device's records by the store's own reader (readProgress) but without the store, so the
 * number shows from a few kilobytes of script; records the reader cannot vouch for are not counted
 * (the store sets them aside the next time a page with a quiz loads it). The scheduler (ts-fsrs)
 * is fetched only when some answer is in the review queue, and only then can anything be due.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ProgressStrings, StorageStrings } from '../../i18n/types.ts';
import type { ChapterOutline } from '../../data/quizzes.ts';
import { emptyProgress, storageKey, type Progress } from '../../lib/progress/progressState.ts';
import { readProgress } from '../../lib/progress/readProgress.ts';
import { CourseBar, ReviewLine, useCourseSummary } from './CourseSummary.tsx';

interface Props {
  chapters: ChapterOutline[];
  languageTag: string;
  strings: ProgressStrings;
  storageStrings: StorageStrings;
  reviewHref: string;
  progressHref: string;
}

/** This device's records under the course's prefix, or null when storage is blocked. */
function storedRecords(): Record<string, string> | null {
  try {
    const records: Record<string, string> = {};
    for (const key of Object.keys(localStorage))
      if (key.startsWith(storageKey.prefix))
        records[key.slice(storageKey.prefix.length)] = localStorage.getItem(key) ?? '';
    return records;
  } catch {
    return null;
  }
}

export default function ProgressGlance({
  chapters,
  languageTag,
  strings,
  storageStrings,
  reviewHref,
  progressHref,
}: Props) {
  // The server's copy shows an empty device; the device's records are read once the card runs.
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    const records = storedRecords();
    if (records) setProgress(readProgress(records).progress);
    else setBlocked(true);
  }, []);

  const { percent, date, review, summaries, completion } = useCourseSummary(progress, chapters, languageTag);
  const started = summaries.some(
    (summary) => summary.read || summary.answered > 0 || summary.tests > 0 || summary.widgetsTried > 0,
  );

  return (
    <div class="progress-glance">
      {blocked && (
        <div class="storage-notice" role="alert">
          <p>{storageStrings.unavailable}</p>
        </div>
      )}
      {started ? (
        <CourseBar id="course-progress-glance" completion={completion} strings={strings} percent={percent} />
      ) : (
        <p>{strings.glanceEmpty}</p>
      )}
      <ReviewLine review={review} reviewHref={reviewHref} languageTag={languageTag} strings={strings} date={date} />
      <p>
        <a href={progressHref}>{strings.glanceDetails}</a>
      </p>
    </div>
  );
}
