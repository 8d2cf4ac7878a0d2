/**
 * The review page's island: the items due now, from every chapter, asked again one below the
 * other. Each answer updates that item's schedule; the list is the one due when the page opened.
 * Written exam items due are shown in their own view (write, compare, self-mark), fetched only
 * when one is due.
 */
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import type { ExamStrings, FormStrings, QuizStrings, ReviewStrings, StorageStrings } from '../../i18n/types.ts';
import type { ExamItemView } from '../../lib/exam/examItemView.ts';
import { arrangeItem } from '../../lib/quiz/arrangeItem.ts';
import type { QuizItemView } from '../../lib/quiz/quizItemView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { progress as progressStore } from '../../stores/progress.ts';
import { StorageNotice } from '../progress/StorageNotice.tsx';
import { useDueReview } from '../progress/useDueReview.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { useLazyModule } from '../shared/useLazyModule.ts';
import { useLearnerSeed } from '../shared/useLearnerSeed.ts';
import { PracticeItem } from './PracticeItem.tsx';
import { quizFormats } from './quizFormats.ts';

interface Props {
  items: (QuizItemView & { chapter: number })[];
  languageTag: string;
  strings: QuizStrings;
  /** The shared field sentences, for a typed number that cannot be read. */
  formStrings: FormStrings;
  reviewStrings: ReviewStrings;
  storageStrings: StorageStrings;
  /** Written exam items, reviewed like quiz items when due. */
  examItems: ExamItemView[];
  examStrings: ExamStrings;
}

export default function ReviewQueue(props: Props) {
  const { items, languageTag, strings, formStrings, reviewStrings, storageStrings, examItems, examStrings } = props;
  const progress = useStore(progressStore);
  const formats = useMemo(() => quizFormats(languageTag, strings), [languageTag, strings]);
  const itemIds = useMemo(
    () => [...items.map((item) => item.id), ...examItems.map((item) => item.id)],
    [items, examItems],
  );
  // The queue as it stood when the page opened: answering an item must not make it vanish mid-read.
  const [opened] = useState(() => progressStore.get());
  const review = useDueReview(opened, itemIds);
  const [answered, setAnswered] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const seed = useLearnerSeed();
  const writtenDue = examItems.filter((item) => review?.due.some((due) => due.itemId === item.id));
  const written = useLazyModule(() => import('../exam-practice/ReviewWritten.tsx'), writtenDue.length > 0);
  if (!review) return null;
  type Due = { kind: 'quiz'; item: QuizItemView & { chapter: number } } | { kind: 'exam'; item: ExamItemView };
  const due = review.due.flatMap(({ itemId }): Due[] => {
    const quizItem = items.find((item) => item.id === itemId);
    if (quizItem) return [{ kind: 'quiz' as const, item: arrangeItem(quizItem, seed) }];
    const examItem = examItems.find((item) => item.id === itemId);
    return examItem ? [{ kind: 'exam' as const, item: examItem }] : [];
  });

  return (
    <div class="review-queue">
      <StorageNotice strings={storageStrings} languageTag={languageTag} />
      {due.length === 0 ? (
        <p>
          {reviewStrings.empty}{' '}
          {review.next && fillTemplate(reviewStrings.next, { date: formats.date(review.next.getTime()) })}
        </p>
      ) : (
        <>
          <p class="widget-result">{fillTemplate(reviewStrings.due, { n: due.length })}</p>
          {due.map((entry) => {
            const { item } = entry;
            if (entry.kind === 'quiz')
              return (
                <PracticeItem
                  key={item.id}
                  item={entry.item}
                  label={fillTemplate(reviewStrings.fromChapter, { n: entry.item.chapter })}
                  attempts={progress.answers[item.id] ?? []}
                  mode="review"
                  strings={strings}
                  formStrings={formStrings}
                  formats={formats}
                  announce={setAnnouncement}
                  onAnswered={() => setAnswered((count) => count + 1)}
                />
              );
            if (written.state !== 'ready')
              return (
                <p key={item.id} class={written.state === 'failed' ? 'field-problem' : 'widget-note'} role="status">
                  {written.state === 'failed' ? formStrings.partFailed : formStrings.partLoading}
                </p>
              );
            const { ReviewWritten } = written.module;
            return (
              <ReviewWritten
                key={item.id}
                item={entry.item}
                label={fillTemplate(examStrings.reviewLabel, {
                  n: entry.item.chapter,
                  format: examStrings.formats[entry.item.format],
                })}
                attempts={progress.answers[item.id] ?? []}
                strings={examStrings}
                languageTag={languageTag}
                announce={setAnnouncement}
                onRecorded={() => setAnswered((count) => count + 1)}
              />
            );
          })}
          {answered >= due.length && <p role="status">{reviewStrings.done}</p>}
        </>
      )}
      <LiveRegion message={announcement} />
    </div>
  );
}
