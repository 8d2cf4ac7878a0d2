/**
 * One item in practice or review: answer, check, read the verdict and explanation at once, try
 * again, mark it hard. The answer is saved the moment it is checked. A saved answer to an older
 * version of the item is not shown as graded: the learner is told the item changed.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FormStrings, QuizStrings } from '../../i18n/types.ts';
import type { Response } from '../../lib/quiz/grade.ts';
import { emptyInput, inputOf, type InputProblem, type ItemInput } from '../../lib/quiz/itemInput.ts';
import type { QuizItemView } from '../../lib/quiz/quizItemView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { Attempt } from '../../schemas/progress.ts';
import { markHard, recordAnswer } from '../../stores/progress.ts';
import { isQuizAttempt } from '../../lib/quiz/quizAttempt.ts';
import { ItemHeading } from './ItemHeading.tsx';
import type { QuizFormats } from './quizFormats.ts';
import { ResponseFields } from './ResponseFields.tsx';
import { useLazyModule } from '../shared/useLazyModule.ts';
import type * as Checking from './checking.ts';

interface Props {
  item: QuizItemView;
  /** "Question 3 of 14", or a chapter label in the review queue. */
  label: string;
  attempts: Attempt[];
  mode: 'practice' | 'review';
  strings: QuizStrings;
  /** The shared field sentences, for a typed number that cannot be read. */
  formStrings: FormStrings;
  formats: QuizFormats;
  announce: (message: string) => void;
  /** Called after an answer is checked (the review queue moves on). */
  onAnswered?: (score: number) => void;
}

/** An answer checked on this page or saved before: its score, its saved record, and the answer itself. */
interface Checked {
  score: number;
  attemptId: string | undefined;
  response: Response;
}

export function PracticeItem(props: Props) {
  const { item, label, attempts, mode, strings, formStrings, formats, announce, onAnswered } = props;
  const latest = attempts.at(-1);
  const current =
    mode === 'practice' && latest?.fingerprint === item.fingerprint && isQuizAttempt(latest) ? latest : undefined;
  const changed = latest !== undefined && latest.fingerprint !== item.fingerprint;
  const [input, setInput] = useState<ItemInput>(() => (current ? inputOf(current.response) : emptyInput(item)));
  const [checked, setChecked] = useState<Checked | undefined>(
    current && { score: current.score, attemptId: current.id, response: current.response },
  );
  const [problem, setProblem] = useState<InputProblem | undefined>();
  /** A check asked for before the checking code has arrived: it runs once the code is here. */
  const [pending, setPending] = useState(false);
  const checking = useLazyModule(() => import('./checking.ts'), pending || checked !== undefined || !!problem);
  // A saved answer known only after the island has started (the server's copy and the first render
  // in the browser show none), or given in another tab: the fields and the verdict show it.
  useEffect(() => {
    if (!current) return;
    setInput(inputOf(current.response));
    setChecked({ score: current.score, attemptId: current.id, response: current.response });
  }, [current?.id]);
  const feedback = useRef<HTMLDivElement>(null);
  const fields = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<'feedback' | 'fields' | undefined>();
  // A layout effect: focus moves in the same task as the render, before a fast next keystroke.
  useLayoutEffect(() => {
    if (focusTarget === 'feedback') feedback.current?.focus();
    if (focusTarget === 'fields') fields.current?.querySelector<HTMLElement>('input, select, button')?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const promptId = `q-${item.id}`;
  const problemId = `${promptId}-problem`;
  const savedAttempt = attempts.find((attempt) => attempt.id === checked?.attemptId);

  const runCheck = ({ toResponse, gradeResponse }: typeof Checking) => {
    const result = toResponse(item, input);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(undefined);
    const { score } = gradeResponse(item.key, result.response);
    const attemptId = recordAnswer({
      itemId: item.id,
      fingerprint: item.fingerprint,
      response: result.response,
      score,
      mode,
    });
    setChecked({ score, attemptId, response: result.response });
    setFocusTarget('feedback');
    onAnswered?.(score);
  };
  const check = () => {
    if (checking.state === 'ready') runCheck(checking.module);
    else setPending(true);
  };
  useEffect(() => {
    if (!pending || checking.state === 'idle' || checking.state === 'loading') return;
    setPending(false);
    if (checking.state === 'ready') runCheck(checking.module);
  }, [pending, checking.state]);

  const retry = () => {
    setChecked(undefined);
    setInput(emptyInput(item));
    setFocusTarget('fields');
  };

  const problemText =
    problem &&
    checking.state === 'ready' &&
    checking.module.inputProblemText(problem, {
      quiz: strings.problems,
      form: formStrings.problems,
      label: strings.yourAnswer,
      limits: formats.limits,
    });

  return (
    <section class="quiz-item" aria-labelledby={promptId}>
      <ItemHeading item={item} label={label} promptId={promptId} strings={strings} />
      {changed && !checked && <p class="quiz-changed">{strings.changed}</p>}
      <div ref={fields} inert={checked !== undefined} class={checked ? 'quiz-fields-done' : undefined}>
        <ResponseFields
          item={item}
          input={input}
          onInput={(next) => {
            setInput(next);
            setProblem(undefined);
          }}
          promptId={promptId}
          describedBy={problem ? problemId : undefined}
          invalid={problem !== undefined}
          strings={strings}
          announce={announce}
        />
      </div>
      {problemText && (
        <p id={problemId} class="field-problem" role="alert">
          {problemText}
        </p>
      )}
      {checked ? (
        <>
          {checking.state === 'ready' ? (
            <checking.module.ItemFeedback
              item={item}
              score={checked.score}
              response={checked.response}
              strings={strings}
              formats={formats}
              focusRef={feedback}
            />
          ) : (
            <p class={checking.state === 'failed' ? 'field-problem' : 'widget-note'} role="status">
              {checking.state === 'failed' ? formStrings.partFailed : formStrings.partLoading}
            </p>
          )}
          {checked.attemptId === undefined && <p class="field-problem">{strings.notSaved}</p>}
          {current && checked.attemptId === current.id && (
            <p class="widget-note">{fillTemplate(strings.lastAnswered, { date: formats.date(current.at) })}</p>
          )}
          <div class="quiz-actions">
            <button type="button" class="button-secondary" onClick={retry}>
              {strings.retry}
            </button>
            {savedAttempt && (
              <label class="quiz-hard">
                <input
                  type="checkbox"
                  checked={savedAttempt.hard === true}
                  onChange={(event) => markHard(item.id, savedAttempt.id, event.currentTarget.checked)}
                  aria-describedby={`${promptId}-hard-help`}
                />
                <span>{strings.markHard}</span>
              </label>
            )}
          </div>
          {savedAttempt && (
            <p id={`${promptId}-hard-help`} class="widget-note">
              {strings.markHardHelp}
            </p>
          )}
        </>
      ) : (
        <div class="quiz-actions">
          <button type="button" class="button" onClick={check}>
            {strings.check}
          </button>
          {checking.state === 'failed' && (
            <p class="field-problem" role="status">
              {formStrings.partFailed}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
