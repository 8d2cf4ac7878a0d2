/**
 * The home page's main button and progress card. The button sends a new learner to chapter 1 and a
 * returning one where they left off: the review when something is due, else the first chapter not
 * yet finished (src/lib/progress/nextStep.ts). The card shows the course's completion and what is
 * due. The scheduler (ts-fsrs) is fetched only when some answer is in the review queue, and only
 * then can anything be due.
 */
import type { ChapterOutline } from '../../data/quizzes.ts';
import type { ProgressStrings, StorageStrings } from '../../i18n/types.ts';
import { nextStep } from '../../lib/progress/nextStep.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { pluralText } from '../../lib/text/pluralText.ts';
import { CourseBar, ReviewLine, useCourseSummary } from './CourseSummary.tsx';
import { useStoredProgress } from './useStoredProgress.ts';

interface Props {
  chapters: ChapterOutline[];
  /** Each chapter's name as the main button says it ("第 3 章 客户价值"), in course order. */
  chapterNames: string[];
  languageTag: string;
  strings: ProgressStrings;
  storageStrings: StorageStrings;
  reviewHref: string;
  progressHref: string;
}

export default function ProgressGlance(props: Props) {
  const { chapters, chapterNames, languageTag, strings, storageStrings, reviewHref, progressHref } = props;
  const { progress, blocked } = useStoredProgress();
  const { percent, date, review, summaries, completion } = useCourseSummary(progress, chapters, languageTag);
  const step = nextStep(summaries, review?.due.length ?? 0);
  const [href, text] =
    step.kind === 'review'
      ? [reviewHref, pluralText(languageTag, strings.next.review, step.due)]
      : step.kind === 'finished'
        ? [progressHref, strings.next.finished]
        : step.kind === 'chapter'
          ? [
              chapters[step.index]!.href,
              fillTemplate(step.started ? strings.next.continue : strings.next.nextChapter, {
                chapter: chapterNames[step.index]!,
              }),
            ]
          : [chapters[0]!.href, strings.next.start];

  return (
    <>
      <p class="home-action">
        <a class="button" href={href}>
          {text}
        </a>
      </p>
      <section aria-labelledby="glance-title" class="home-glance">
        <h2 id="glance-title">{strings.glanceTitle}</h2>
        <div class="progress-glance">
          {blocked && (
            <div class="storage-notice" role="alert">
              <p>{storageStrings.unavailable}</p>
            </div>
          )}
          {step.kind === 'start' ? (
            <p>{strings.glanceEmpty}</p>
          ) : (
            <CourseBar id="course-progress-glance" completion={completion} strings={strings} percent={percent} />
          )}
          <ReviewLine review={review} reviewHref={reviewHref} languageTag={languageTag} strings={strings} date={date} />
          <p>
            <a href={progressHref}>{strings.glanceDetails}</a>
          </p>
        </div>
      </section>
    </>
  );
}
