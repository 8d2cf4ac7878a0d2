/**
 * The review page's island: the items due now, from every chapter, asked again one below the
 * other. Each answer updates that item's schedule; the list is the one due when the page opened.
 */
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import type { FormStrings, QuizStrings, ReviewStrings, StorageStrings } from '../../i18n/types.ts';
import { arrangeItem } from '../../lib/quiz/arrangeItem.ts';
import type { QuizItemView } from '../../lib/quiz/quizItemView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { progress as progressStore } from '../../stores/progress.ts';
import { StorageNotice } from '../progress/StorageNotice.tsx';
import { useDueReview } from '../progress/useDueReview.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
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
}

export default function ReviewQueue(props: Props) {
  const { items, languageTag, strings, formStrings, reviewStrings, storageStrings } = props;
  const progress = useStore(progressStore);
  const formats = useMemo(() => quizFormats(languageTag, strings), [languageTag, strings]);
  const itemIds = useMemo(() => items.map((item) => item.id), [items]);
  // The queue as it stood when the page opened: answering an item must not make it vanish mid-read.
  const [opened] = useState(() => progressStore.get());
  const review = useDueReview(opened, itemIds);
  const [answered, setAnswered] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const seed = useLearnerSeed();
  if (!review) return null;
  const due = review.due.map(({ itemId }) =>
    arrangeItem(
      items.find((item) => item.id === itemId)!,
      seed,
    ),
  );

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
          {due.map((item) => (
            <PracticeItem
              key={item.id}
              item={item}
              label={fillTemplate(reviewStrings.fromChapter, { n: item.chapter })}
              attempts={progress.answers[item.id] ?? []}
              mode="review"
              strings={strings}
              formStrings={formStrings}
              formats={formats}
              announce={setAnnouncement}
              onAnswered={() => setAnswered((count) => count + 1)}
            />
          ))}
          {answered >= due.length && <p role="status">{reviewStrings.done}</p>}
        </>
      )}
      <LiveRegion message={announcement} />
    </div>
  );
}
