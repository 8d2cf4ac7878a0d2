/**
 * The learner's progress, per chapter and for the whole course: on the progress page as a table,
 * with the review queue's due count. Read from the store (the home page's card is ProgressGlance).
 */
import type { ProgressStrings, StorageStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { ChapterOutline } from '../../data/quizzes.ts';
import { TableScroll } from '../shared/TableScroll.tsx';
import { CourseBar, ReviewLine, useCourseSummary } from './CourseSummary.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { useDeviceProgress } from './useDeviceProgress.ts';

interface Props {
  chapters: ChapterOutline[];
  languageTag: string;
  strings: ProgressStrings;
  storageStrings: StorageStrings;
  chapterLabel: string;
  reviewHref: string;
}

export default function ProgressOverview(props: Props) {
  const { chapters, languageTag, strings, storageStrings, chapterLabel, reviewHref } = props;
  const progress = useDeviceProgress();
  const { percent, date, review, summaries, completion } = useCourseSummary(progress, chapters, languageTag);

  return (
    <div class="progress-overview">
      <StorageNotice strings={storageStrings} languageTag={languageTag} />
      <CourseBar id="course-progress" completion={completion} strings={strings} percent={percent} />
      <p class="widget-note">{strings.howCounted}</p>
      <ReviewLine review={review} reviewHref={reviewHref} languageTag={languageTag} strings={strings} date={date} />
      <TableScroll label={strings.tableLabel} scrollHint={strings.tableScrollHint}>
        <table>
          <thead>
            <tr>
              <th scope="col">{strings.chapterColumn}</th>
              <th scope="col">{strings.readColumn}</th>
              <th scope="col">{strings.widgetsColumn}</th>
              <th scope="col">{strings.quizColumn}</th>
              <th scope="col">{strings.completionColumn}</th>
            </tr>
          </thead>
          <tbody>
            {chapters.map((chapter, index) => {
              const summary = summaries[index]!;
              return (
                <tr key={chapter.slug}>
                  <th scope="row">
                    <a href={chapter.href}>
                      {fillTemplate(chapterLabel, { n: chapter.number })} {chapter.title}
                    </a>
                  </th>
                  <td>{summary.read ? `✓ ${strings.read}` : strings.notRead}</td>
                  <td>
                    {summary.widgets
                      ? fillTemplate(strings.widgetsTried, { n: summary.widgetsTried, total: summary.widgets })
                      : strings.noWidgets}
                  </td>
                  <td>
                    {summary.best !== undefined
                      ? fillTemplate(strings.quizBest, { best: percent(summary.best) })
                      : summary.answered > 0
                        ? fillTemplate(strings.quizPractice, { correct: summary.correct, total: summary.items })
                        : strings.quizNone}
                    {chapter.quizHref && (
                      <>
                        {' · '}
                        <a href={chapter.quizHref}>{strings.openQuiz}</a>
                      </>
                    )}
                  </td>
                  <td>{percent(summary.completion)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
