/** The course's completion bar and the review line, as the home page's card and the progress page both show them. */
import { useMemo } from 'preact/hooks';
import type { ChapterOutline } from '../../data/quizzes.ts';
import type { ProgressStrings } from '../../i18n/types.ts';
import { chapterProgress, courseCompletion } from '../../lib/progress/chapterProgress.ts';
import type { Progress } from '../../lib/progress/progressState.ts';
import { dateFormat } from '../../lib/text/dateFormat.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import { pluralText } from '../../lib/text/pluralText.ts';
import { useDueReview, type DueReview } from './useDueReview.ts';

/** Every chapter's progress, the course's completion and what is due for review, with the formats to show them. */
export function useCourseSummary(progress: Progress, chapters: readonly ChapterOutline[], languageTag: string) {
  const percent = useMemo(() => numberFormats(languageTag).percent, [languageTag]);
  const date = useMemo(() => dateFormat(languageTag), [languageTag]);
  const itemIds = useMemo(() => chapters.flatMap((chapter) => chapter.items.map((item) => item.id)), [chapters]);
  const review = useDueReview(progress, itemIds);
  const summaries = chapters.map((chapter) => chapterProgress(progress, chapter));
  return { percent, date, review, summaries, completion: courseCompletion(summaries) };
}

export function CourseBar(props: {
  id: string;
  completion: number;
  strings: ProgressStrings;
  percent: (n: number) => string;
}) {
  const { id, completion, strings, percent } = props;
  return (
    <div class="progress-course">
      <label for={id}>{strings.course}</label>
      <progress id={id} max={1} value={completion}>
        {percent(completion)}
      </progress>
      <span>{fillTemplate(strings.courseValue, { percent: percent(completion) })}</span>
    </div>
  );
}

/** What is due for review, as a link to the review page, or when the next item falls due; nothing until known. */
export function ReviewLine(props: {
  review: DueReview | undefined;
  reviewHref: string;
  languageTag: string;
  strings: ProgressStrings;
  date: (time: Date) => string;
}) {
  const { review, reviewHref, languageTag, strings, date } = props;
  if (!review) return null;
  return (
    <p class="progress-review">
      {review.due.length > 0 ? (
        <a class="button" href={reviewHref}>
          {pluralText(languageTag, strings.reviewDue, review.due.length)}
        </a>
      ) : (
        <>
          {strings.reviewNone} {review.next && fillTemplate(strings.reviewNext, { date: date(review.next) })}
        </>
      )}
    </p>
  );
}
