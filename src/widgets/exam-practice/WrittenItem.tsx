/**
 * One written exam item in practice or review: write an answer (kept as a draft while typing, so
 * a reload loses nothing), show the model answer and the marking points, tick the points the
 * answer covered, record the score. A score recorded before is shown with the answer it marked;
 * the learner can answer again. A score given to an older version of the item is not shown.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ExamStrings } from '../../i18n/types.ts';
import type { ExamItemView } from '../../lib/exam/examItemView.ts';
import { marksOf } from '../../lib/exam/examTotals.ts';
import { writtenScore } from '../../lib/exam/writtenScore.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { Attempt, DraftRecord } from '../../schemas/progress.ts';
import { recordWritten, saveWrittenDraft } from '../../stores/examProgress.ts';
import { AnswerBox, ROWS } from './AnswerBox.tsx';
import type { ExamFormats } from './examFormats.ts';
import { ItemPrompt } from './ItemPrompt.tsx';
import { RubricTicks } from './RubricTicks.tsx';

interface Props {
  item: ExamItemView;
  label: string;
  attempts: readonly Attempt[];
  draft: DraftRecord | undefined;
  mode: 'practice' | 'review';
  strings: ExamStrings;
  formats: ExamFormats;
  announce: (message: string) => void;
  onRecorded?: () => void;
  headingLevel?: 2 | 3;
}

type Phase = 'writing' | 'marking' | 'scored';

/** How long typing must pause before the draft is written to storage. */
const DRAFT_DELAY_MS = 400;

export function WrittenItem(props: Props) {
  const { item, label, attempts, draft, mode, strings, formats, announce, onRecorded, headingLevel } = props;
  const latest = attempts.at(-1);
  const current = mode === 'practice' && latest?.fingerprint === item.fingerprint ? latest : undefined;
  const changed = latest !== undefined && latest.fingerprint !== item.fingerprint;
  const draftText = draft?.input.kind === 'written' ? draft.input.text : undefined;
  // A draft newer than the last score is work in progress: it wins.
  const resume = draftText !== undefined && (!current || draft!.at > current.at);
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>('writing');
  const [ticked, setTicked] = useState<string[]>([]);
  const [saved, setSaved] = useState<{ attemptId: string | undefined; at: number } | undefined>();
  const [draftProblem, setDraftProblem] = useState(false);
  const [problem, setProblem] = useState(false);
  // What the device holds is known only after hydration: it is shown once, unless the learner has
  // already started here (their own saves change the records too, and must not reset the view).
  const settled = useRef(false);
  useEffect(() => {
    if (settled.current || (!resume && !current)) return;
    settled.current = true;
    if (resume) {
      setText(draftText!);
    } else if (current?.response.kind === 'written') {
      setText(current.response.text);
      setTicked(current.response.ticked);
      setPhase('scored');
      setSaved({ attemptId: current.id, at: current.at });
    }
  }, [resume, current?.id, draft?.at]);

  const draftTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(draftTimer.current), []);
  const onText = (next: string) => {
    settled.current = true;
    setText(next);
    setProblem(false);
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(() => setDraftProblem(!saveWrittenDraft(item.id, next)), DRAFT_DELAY_MS);
  };

  const keyRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const boxId = `answer-${item.id}`;
  const [focus, setFocus] = useState<'key' | 'result' | 'box' | undefined>();
  useLayoutEffect(() => {
    if (focus === 'key') keyRef.current?.focus();
    if (focus === 'result') resultRef.current?.focus();
    if (focus === 'box') document.getElementById(boxId)?.focus();
    setFocus(undefined);
  }, [focus]);

  const showModel = () => {
    if (text.trim() === '') {
      setProblem(true);
      return;
    }
    clearTimeout(draftTimer.current);
    setDraftProblem(!saveWrittenDraft(item.id, text));
    setPhase('marking');
    setFocus('key');
    announce(fillTemplate(strings.modelShown, { n: item.rubric.length }));
  };
  const score = writtenScore(item.rubric, ticked);
  const marks = (got: number) => ({ got: formats.number(got), total: formats.number(item.total) });
  const record = () => {
    const now = Date.now();
    const attemptId = recordWritten(
      { itemId: item.id, fingerprint: item.fingerprint, text, ticked, score: score.share, mode },
      now,
    );
    setSaved({ attemptId, at: now });
    setPhase('scored');
    setFocus('result');
    announce(fillTemplate(attemptId ? strings.scoreRecorded : strings.scoreNotSaved, marks(score.got)));
    onRecorded?.();
  };
  const retry = () => {
    settled.current = true;
    setText('');
    setTicked([]);
    setSaved(undefined);
    setPhase('writing');
    setFocus('box');
  };

  const promptId = `exam-${item.id}`;
  const shownScore =
    phase === 'scored' && current && saved?.attemptId === current.id ? marksOf(current.score, item.total) : score.got;
  return (
    <section class="exam-item" aria-labelledby={promptId}>
      <ItemPrompt
        item={item}
        label={label}
        promptId={promptId}
        strings={strings}
        formats={formats}
        level={headingLevel}
      />
      {changed && !saved && <p class="quiz-changed">{strings.changed}</p>}
      <AnswerBox
        id={boxId}
        text={text}
        onText={onText}
        readOnly={phase !== 'writing'}
        rows={ROWS[item.format]}
        note={draftProblem ? strings.draftNotSaved : undefined}
        strings={strings}
        formats={formats}
      />
      {problem && (
        <p class="field-problem" role="alert">
          {strings.emptyAnswer}
        </p>
      )}
      {phase === 'writing' ? (
        <div class="quiz-actions">
          <button type="button" id={`show-${item.id}`} class="button" onClick={showModel}>
            {strings.showModel}
          </button>
        </div>
      ) : (
        <div ref={keyRef} tabIndex={-1} class="exam-key-wrap">
          <RubricTicks
            item={item}
            idPrefix={promptId}
            ticked={ticked}
            onTick={(pointId, on) =>
              setTicked((before) => (on ? [...before, pointId] : before.filter((id) => id !== pointId)))
            }
            locked={phase === 'scored'}
            strings={strings}
            languageTag={formats.languageTag}
          />
        </div>
      )}
      {phase === 'marking' && (
        <div class="quiz-actions">
          <button type="button" id={`record-${item.id}`} class="button" onClick={record}>
            {strings.record}
          </button>
          <span class="widget-note">{fillTemplate(strings.score, marks(score.got))}</span>
        </div>
      )}
      {phase === 'scored' && (
        <>
          <p ref={resultRef} tabIndex={-1} class="widget-result exam-score">
            {fillTemplate(strings.score, marks(shownScore))}
          </p>
          {saved?.attemptId === undefined && <p class="field-problem">{strings.scoreNotSaved}</p>}
          {current && saved?.attemptId === current.id && (
            <p class="widget-note">
              {fillTemplate(strings.lastScore, { ...marks(shownScore), date: formats.date(current.at) })}
            </p>
          )}
          <div class="quiz-actions">
            <button type="button" id={`retry-${item.id}`} class="button-secondary" onClick={retry}>
              {strings.retry}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
