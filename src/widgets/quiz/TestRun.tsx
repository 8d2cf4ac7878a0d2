/**
 * Test mode: every item answered first (each answer saved as a draft the moment it is given),
 * then submitted at once and shown back with the score and every explanation.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { QuizStrings } from '../../i18n/types.ts';
import { arrangeItem } from '../../lib/quiz/arrangeItem.ts';
import { gradeResponse, type Response } from '../../lib/quiz/grade.ts';
import { emptyInput, type ItemInput } from '../../lib/quiz/itemInput.ts';
import { toResponse } from '../../lib/quiz/readInput.ts';
import type { QuizItemView } from '../../lib/quiz/quizItemView.ts';
import type { Progress } from '../../lib/progress/progressState.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { pluralText } from '../../lib/text/pluralText.ts';
import type { AnswerToRecord } from '../../stores/progress.ts';
import { recordTest, saveDraft } from '../../stores/testProgress.ts';
import { ItemFeedback } from './ItemFeedback.tsx';
import { ItemHeading } from './ItemHeading.tsx';
import type { QuizFormats } from './quizFormats.ts';
import { ResponseFields } from './ResponseFields.tsx';

interface Props {
  chapter: string;
  items: QuizItemView[];
  /** The learner's seed: each test they take deals its options in another order (arrangeItem). */
  seed: string;
  /** How many tests of this chapter the learner has submitted: this one is the next. */
  testsTaken: number;
  drafts: Progress['drafts'];
  strings: QuizStrings;
  formats: QuizFormats;
  announce: (message: string) => void;
}

interface Submitted {
  scores: Record<string, number | undefined>;
  responses: Record<string, Response | undefined>;
  total: number;
  saved: boolean;
}

export function TestRun({ chapter, items: written, seed, testsTaken, drafts, strings, formats, announce }: Props) {
  // The round is fixed while a test is taken (a reload keeps its order) and moves on at a retake.
  const [round, setRound] = useState(testsTaken);
  const dealt = (round: number) => written.map((item) => arrangeItem(item, `${seed}:test-${round}`));
  const items = useMemo(() => dealt(round), [written, seed, round]);
  const [inputs, setInputs] = useState<Record<string, ItemInput>>(() =>
    Object.fromEntries(
      items.map((item) => {
        const draft = drafts[item.id]?.input;
        // A written exam draft is never a quiz item's (their ids differ); the check keeps the types honest.
        return [item.id, draft && draft.kind !== 'written' ? draft : emptyInput(item)];
      }),
    ),
  );
  const [touched, setTouched] = useState<Set<string>>(
    () => new Set(items.filter((item) => drafts[item.id]).map((item) => item.id)),
  );
  /** Items whose latest answer could not be saved as a draft (storage full or blocked). */
  const [unsavedDrafts, setUnsavedDrafts] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [submitted, setSubmitted] = useState<Submitted | undefined>();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (submitted) resultHeading.current?.focus();
  }, [submitted]);

  const answerable = (item: QuizItemView) => touched.has(item.id) && toResponse(item, inputs[item.id]!).ok;
  const unanswered = items.filter((item) => !answerable(item)).length;

  const submit = () => {
    const answers: AnswerToRecord[] = [];
    const scores: Submitted['scores'] = {};
    const responses: Submitted['responses'] = {};
    for (const item of items) {
      const result = touched.has(item.id) ? toResponse(item, inputs[item.id]!) : undefined;
      if (!result?.ok) continue;
      const { score } = gradeResponse(item.key, result.response);
      scores[item.id] = score;
      responses[item.id] = result.response;
      answers.push({ itemId: item.id, fingerprint: item.fingerprint, response: result.response, score, mode: 'test' });
    }
    const total = answers.reduce((sum, answer) => sum + answer.score, 0);
    const saved = recordTest(chapter, answers, items.length);
    setSubmitted({ scores, responses, total, saved });
    setConfirming(false);
    announce(
      fillTemplate(strings.result, {
        score: formats.points(total),
        total: items.length,
        percent: formats.percent(total / items.length),
      }),
    );
  };

  const retake = () => {
    setRound(testsTaken);
    setSubmitted(undefined);
    setInputs(Object.fromEntries(dealt(testsTaken).map((item) => [item.id, emptyInput(item)])));
    setTouched(new Set());
  };

  if (submitted) {
    return (
      <div class="quiz-test-result">
        <h3 tabIndex={-1} ref={resultHeading}>
          {strings.resultHeading}
        </h3>
        <p class="widget-result">
          {fillTemplate(strings.result, {
            score: formats.points(submitted.total),
            total: items.length,
            percent: formats.percent(submitted.total / items.length),
          })}
        </p>
        {!submitted.saved && <p class="field-problem">{strings.testNotSaved}</p>}
        <ol class="quiz-review-list">
          {items.map((item) => (
            <li key={item.id}>
              <p class="quiz-prompt">{item.prompt}</p>
              <ItemFeedback
                item={item}
                score={submitted.scores[item.id]}
                response={submitted.responses[item.id]}
                strings={strings}
                formats={formats}
              />
            </li>
          ))}
        </ol>
        <button type="button" class="button" onClick={retake}>
          {strings.retake}
        </button>
      </div>
    );
  }

  return (
    <form
      class="quiz-test"
      onSubmit={(event) => {
        event.preventDefault();
        if (unanswered > 0 && !confirming) setConfirming(true);
        else submit();
      }}
    >
      {items.map((item, index) => {
        const promptId = `t-${item.id}`;
        return (
          <section key={item.id} class="quiz-item" aria-labelledby={promptId}>
            <ItemHeading
              item={item}
              label={fillTemplate(strings.questionOf, { n: index + 1, total: items.length })}
              promptId={promptId}
              strings={strings}
            />
            <ResponseFields
              item={item}
              input={inputs[item.id]!}
              onInput={(next) => {
                setInputs((all) => ({ ...all, [item.id]: next }));
                setTouched((all) => new Set(all).add(item.id));
                setConfirming(false);
                const saved = saveDraft(item.id, next);
                setUnsavedDrafts((all) => {
                  if (saved !== all.has(item.id)) return all;
                  const changed = new Set(all);
                  if (saved) changed.delete(item.id);
                  else changed.add(item.id);
                  return changed;
                });
              }}
              promptId={promptId}
              describedBy={undefined}
              invalid={false}
              strings={strings}
              announce={announce}
            />
            {unsavedDrafts.has(item.id) && <p class="field-problem">{strings.draftNotSaved}</p>}
          </section>
        );
      })}
      <div class="quiz-submit">
        <p class="widget-note">
          {fillTemplate(strings.answeredCount, { n: items.length - unanswered, total: items.length })}
        </p>
        {confirming && (
          <p class="field-problem" role="alert">
            {pluralText(formats.languageTag, strings.submitUnanswered, unanswered)}
          </p>
        )}
        <div class="quiz-actions">
          <button type="submit" class="button">
            {confirming ? strings.submitAnyway : strings.submit}
          </button>
          {confirming && (
            <button type="button" class="button-secondary" onClick={() => setConfirming(false)}>
              {strings.keepAnswering}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
