/**
 * Complaint-handling role-play island: the student picks a scenario, answers the customer round by
 * round (optionally in their own words first), and reads a debrief at the ending. Walking, scoring
 * and the sentences made from a session live in src/lib/roleplay/; the conversation and the best
 * ending are saved on the device after every reply (src/stores/progress), so a reload resumes
 * where the student was.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FormStrings, RoleplayStrings } from '../../i18n/types.ts';
import { sessionAnnouncement } from '../../lib/roleplay/conversationWords.ts';
import { choose, startSession, type Session } from '../../lib/roleplay/engine.ts';
import { openSession } from '../../lib/roleplay/resumeSession.ts';
import { engineScenario, type ScenarioView } from '../../lib/roleplay/scenarioView.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import { recordRoleplay } from '../../stores/roleplayProgress.ts';
import { useDeviceProgress } from '../progress/useDeviceProgress.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { useLearnerSeed } from '../shared/useLearnerSeed.ts';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { Conversation } from './Conversation.tsx';
import { RolePlayDebrief } from './RolePlayDebrief.tsx';
import { ScenarioPicker } from './ScenarioPicker.tsx';

interface Props {
  scenarios: ScenarioView[];
  languageTag: string;
  strings: RoleplayStrings;
  /** The shared widget strings (the loading note). */
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

/** Where focus goes after the view changes, so a keyboard or screen-reader user is never left on a removed control. */
type FocusTarget = 'current' | 'picker' | undefined;

export default function ComplaintRolePlay({ scenarios, languageTag, strings, formStrings, chapter }: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const saved = useDeviceProgress().roleplays;
  const [scenarioId, setScenarioId] = useState<string | undefined>(undefined);
  const [session, setSession] = useState<Session | undefined>(undefined);
  const [ownWords, setOwnWords] = useState('');
  const [announcement, setAnnouncement] = useState('');
  /** The last step could not be saved (storage full or blocked): said beside the conversation. */
  const [unsaved, setUnsaved] = useState(false);
  const [markTried, triedNotSaved] = useTriedMark(chapter, 'ComplaintRolePlay');
  const seed = useLearnerSeed();
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(undefined);
  const currentRef = useRef<HTMLLIElement>(null);
  const pickerRef = useRef<HTMLHeadingElement>(null);

  const view = scenarios.find((scenario) => scenario.id === scenarioId);
  const scenario = useMemo(() => (view ? engineScenario(view) : undefined), [view]);

  // A layout effect: focus moves in the same task as the render, before a fast next keystroke.
  useLayoutEffect(() => {
    if (!focusTarget) return;
    ({ current: currentRef, picker: pickerRef })[focusTarget].current?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  /** Shows a session: announces where the conversation stands and moves focus to what comes next. */
  const show = (picked: ScenarioView, next: Session) => {
    setScenarioId(picked.id);
    setSession(next);
    setOwnWords('');
    setAnnouncement(sessionAnnouncement(picked, next, strings));
    // Focus lands on the customer's new line (at an ending, what happened next), so it is in view
    // and read out; the reply box is the next Tab stop, and a phone's keyboard stays closed until asked.
    setFocusTarget('current');
  };

  /** Opens a scenario where the student left it, or from the start (also when its saved path no longer fits). */
  const open = (id: string) => {
    const picked = scenarios.find((candidate) => candidate.id === id);
    if (!picked) return;
    markTried();
    show(picked, openSession(engineScenario(picked), saved[id]?.path));
  };

  const restart = () => {
    if (!view || !scenario) return;
    setUnsaved(!recordRoleplay(view.id, [], null));
    show(view, startSession(scenario));
  };

  const reply = (choiceId: string) => {
    if (!scenario || !session || !view) return;
    const result = choose(scenario, session, choiceId, ownWords);
    // Only offered replies are shown, so a refusal means the page is out of date: stay where we are.
    if (!result.ok) return;
    setUnsaved(!recordRoleplay(view.id, result.session.path, result.session.ending));
    show(view, result.session);
  };

  const chooseAnother = () => {
    setScenarioId(undefined);
    setSession(undefined);
    setOwnWords('');
    setAnnouncement('');
    setFocusTarget('picker');
  };

  return (
    <WidgetBody
      class="roleplay"
      loadingText={formStrings.loading}
      loadingTabStop
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      {!view || !session || !scenario ? (
        <ScenarioPicker scenarios={scenarios} saved={saved} strings={strings} onStart={open} headingRef={pickerRef} />
      ) : (
        <>
          {unsaved && <p class="field-problem">{strings.notSaved}</p>}
          <Conversation
            view={view}
            session={session}
            strings={strings}
            formats={formats}
            ownWords={ownWords}
            onOwnWords={setOwnWords}
            onReply={reply}
            currentRef={currentRef}
            seed={seed}
          />
          {session.ending && (
            <RolePlayDebrief scenario={scenario} view={view} session={session} strings={strings} formats={formats} />
          )}
          <div class="roleplay-actions">
            {/* Replaying is the main action only once the conversation has ended; before that it sits apart from the replies. */}
            <button
              type="button"
              class={session.ending ? 'button' : 'button-secondary'}
              id="roleplay-restart"
              onClick={restart}
            >
              {strings.restart}
            </button>
            <button type="button" class="button-secondary" onClick={chooseAnother}>
              {strings.chooseAnother}
            </button>
          </div>
        </>
      )}
      <LiveRegion message={announcement} />
    </WidgetBody>
  );
}
