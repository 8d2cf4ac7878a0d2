/**
 * A chapter's quiz island: practice (feedback after each answer) or test (submit, then a scored
 * review), with the chapter's best and latest test score and practice tally. Grading lives in
 * src/lib/quiz, storage in src/stores/progress.
 */
import { useMemo, useState } from 'preact/hooks';
import type { FormStrings, QuizStrings, StorageStrings } from '../../i18n/types.ts';
import { chapterProgress } from '../../lib/progress/chapterProgress.ts';
import { arrangeItem } from '../../lib/quiz/arrangeItem.ts';
import type { QuizItemView } from '../../lib/quiz/quizItemView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { pluralText } from '../../lib/text/pluralText.ts';
import { StorageNotice } from '../progress/StorageNotice.tsx';
import { useDeviceProgress } from '../progress/useDeviceProgress.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { useLearnerSeed } from '../shared/useLearnerSeed.ts';
import { PracticeItem } from './PracticeItem.tsx';
import { quizFormats } from './quizFormats.ts';
import { useLazyModule } from '../shared/useLazyModule.ts';

interface Props {
  chapter: string;
  items: QuizItemView[];
  languageTag: string;
  strings: QuizStrings;
  /** The shared field sentences, for a typed number that cannot be read. */
  formStrings: FormStrings;
  storageStrings: StorageStrings;
}

export default function Quiz({ chapter, items, languageTag, strings, formStrings, storageStrings }: Props) {
  const progress = useDeviceProgress();
  const seed = useLearnerSeed();
  const shown = useMemo(() => items.map((item) => arrangeItem(item, seed)), [items, seed]);
  const testsTaken = Object.values(progress.tests).filter((test) => test.chapter === chapter).length;
  const formats = useMemo(() => quizFormats(languageTag, strings), [languageTag, strings]);
  const [mode, setMode] = useState<'practice' | 'test'>('practice');
  const [announcement, setAnnouncement] = useState('');
  const summary = chapterProgress(progress, {
    slug: chapter,
    items: items.map((item) => ({ id: item.id, fingerprint: item.fingerprint })),
    widgets: [],
  });
  const modeName = `mode-${chapter}`;
  const testRun = useLazyModule(() => import('./TestRun.tsx'), mode === 'test');

  return (
    <div class="quiz">
      <StorageNotice strings={storageStrings} languageTag={languageTag} />
      <ul class="quiz-status">
        <li>
          {summary.best === undefined || !summary.latest
            ? strings.status.noTests
            : fillTemplate(strings.status.tests, {
                best: formats.percent(summary.best),
                latest: formats.percent(summary.latest.score),
                date: formats.date(summary.latest.at),
              })}
        </li>
        <li>
          {fillTemplate(strings.status.practice, {
            answered: summary.answered,
            total: items.length,
            correct: summary.correct,
          })}
        </li>
        {summary.changed > 0 && <li>{pluralText(languageTag, strings.status.changed, summary.changed)}</li>}
      </ul>
      <fieldset class="quiz-mode">
        <legend>{strings.modeLabel}</legend>
        {(['practice', 'test'] as const).map((value) => (
          <label key={value} class="quiz-mode-option">
            <input type="radio" name={modeName} checked={mode === value} onChange={() => setMode(value)} />
            <span>{strings[value]}</span>
          </label>
        ))}
      </fieldset>
      <p class="widget-note">{mode === 'practice' ? strings.practiceHint : strings.testHint}</p>
      {mode === 'practice' ? (
        shown.map((item, index) => (
          <PracticeItem
            // A new seed (the learner's, once the island starts) deals a new starting order.
            key={`${item.id}:${seed}`}
            item={item}
            label={fillTemplate(strings.questionOf, { n: index + 1, total: items.length })}
            attempts={progress.answers[item.id] ?? []}
            mode="practice"
            strings={strings}
            formStrings={formStrings}
            formats={formats}
            announce={setAnnouncement}
          />
        ))
      ) : testRun.state === 'ready' ? (
        <testRun.module.TestRun
          chapter={chapter}
          items={items}
          seed={seed}
          testsTaken={testsTaken}
          drafts={progress.drafts}
          strings={strings}
          formats={formats}
          announce={setAnnouncement}
        />
      ) : (
        <p class={testRun.state === 'failed' ? 'field-problem' : 'widget-note'} role="status">
          {testRun.state === 'failed' ? formStrings.partFailed : formStrings.partLoading}
        </p>
      )}
      <LiveRegion message={announcement} />
    </div>
  );
}
