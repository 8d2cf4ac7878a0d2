/**
 * The dialogue: the setting and the student's role, the messages so far, the customer's mood in
 * words and on a meter, and (while the conversation is open) a box for the student's own words and
 * the replies to pick from. The justice scores stay hidden until the debrief.
 */
import type { Ref } from 'preact';
import { EMOTION_RANGE } from '../../lib/roleplay/scenarioTypes.ts';
import { OWN_WORDS_MAX } from '../../lib/progress/progressState.ts';
import type { Session } from '../../lib/roleplay/engine.ts';
import { moodText } from '../../lib/roleplay/conversationWords.ts';
import type { ScenarioView } from '../../lib/roleplay/scenarioView.ts';
import { offeredReplies, transcript } from '../../lib/roleplay/transcript.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { RoleplayStrings } from '../../i18n/types.ts';

interface Props {
  view: ScenarioView;
  session: Session;
  strings: RoleplayStrings;
  formats: NumberFormats;
  ownWords: string;
  onOwnWords: (text: string) => void;
  onReply: (choiceId: string) => void;
  /** The customer's latest line (or the closing narration), where focus lands after each reply. */
  currentRef: Ref<HTMLLIElement>;
  /** The learner's seed, which deals the replies' order. */
  seed: string;
}

export function Conversation(props: Props) {
  const { view, session, strings, formats, ownWords, onOwnWords, onReply, currentRef, seed } = props;
  const { rounds, current } = transcript(view, session);
  const mood = moodText(view, session, strings, formats);
  const choices = offeredReplies(view, session, seed);

  return (
    <>
      <h4 class="roleplay-heading">{view.title}</h4>
      <p class="roleplay-role">{fillTemplate(strings.yourRole, { role: view.role })}</p>
      <p class="widget-note">{view.failure}</p>
      <h5 id="roleplay-chat-title">{strings.conversation}</h5>
      <ol class="roleplay-chat" aria-labelledby="roleplay-chat-title" data-testid="roleplay-chat">
        {rounds.map((round, index) => [
          <li key={`${index}-c`} class="roleplay-message roleplay-message-customer">
            <span class="roleplay-speaker">{strings.customer}</span> {round.node.customer}
          </li>,
          <li key={`${index}-y`} class="roleplay-message roleplay-message-you">
            <span class="roleplay-speaker">{strings.you}</span> {round.choice.text}
          </li>,
        ])}
        {current && (
          // At an ending the line is narration (what the customer did afterwards), not speech.
          <li
            class={`roleplay-message ${current.ending ? 'roleplay-narration' : 'roleplay-message-customer'}`}
            data-testid="roleplay-current"
            tabIndex={-1}
            ref={currentRef}
          >
            <span class="roleplay-speaker">{current.ending ? strings.afterwards : strings.customer}</span>{' '}
            {current.customer}
          </li>
        )}
      </ol>
      <div class="roleplay-mood">
        <label for="roleplay-mood-meter">{strings.moodLabel}</label>
        <meter
          id="roleplay-mood-meter"
          min={EMOTION_RANGE.min}
          max={EMOTION_RANGE.max}
          low={-1}
          high={2}
          optimum={EMOTION_RANGE.max}
          value={session.emotion}
          aria-valuetext={mood}
        />
        <span data-testid="roleplay-mood">{mood}</span>
      </div>
      {choices.length > 0 && (
        <form class="roleplay-turn" onSubmit={(event) => event.preventDefault()}>
          <p class="roleplay-round">{fillTemplate(strings.turnOf, { n: formats.count(rounds.length + 1) })}</p>
          <div class="field">
            <label for="roleplay-own-reply">{strings.ownReplyLabel}</label>
            <textarea
              id="roleplay-own-reply"
              rows={3}
              maxLength={OWN_WORDS_MAX}
              value={ownWords}
              aria-describedby="roleplay-own-reply-hint"
              onInput={(event) => onOwnWords(event.currentTarget.value)}
            />
            <p class="widget-note" id="roleplay-own-reply-hint">
              {strings.ownReplyHint}
            </p>
          </div>
          <fieldset class="roleplay-choices">
            <legend>{strings.choicesLegend}</legend>
            {choices.map((choice) => (
              <button
                key={choice.id}
                type="button"
                class="roleplay-choice"
                data-choice={choice.id}
                onClick={() => onReply(choice.id)}
              >
                {choice.text}
              </button>
            ))}
          </fieldset>
        </form>
      )}
    </>
  );
}
