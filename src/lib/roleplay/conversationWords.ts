/**
 * The role-play's sentences made from a session, in the page's language: what a screen reader
 * hears after each reply, the customer's mood in words, a reply named with the handling steps
 * it carries (as the debrief lists it), and why an ending that takes the whole conversation was missed.
 */
import type { RoleplayStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NumberFormats } from '../text/numberFormats.ts';
import type { Debrief } from './debrief.ts';
import type { Session } from './engine.ts';
import type { ChoiceView, ScenarioView } from './scenarioView.ts';
import { transcript } from './transcript.ts';

/** After a reply (or on opening): the customer's line now and, at an ending, that the conversation is over and how. */
export function sessionAnnouncement(
  view: ScenarioView,
  session: Session,
  strings: Pick<RoleplayStrings, 'saysCustomer' | 'ended' | 'endings'>,
): string {
  const now = transcript(view, session).current;
  const line = now ? fillTemplate(strings.saysCustomer, { text: now.customer }) : '';
  return session.ending ? `${line} ${fillTemplate(strings.ended, { ending: strings.endings[session.ending] })}` : line;
}

/** The customer's mood in words with the emotion on its scale, signed ("angry (-2 on a scale …)", "+5"). */
export function moodText(
  view: ScenarioView,
  session: Session,
  strings: Pick<RoleplayStrings, 'moodValue' | 'moods'>,
  formats: Pick<NumberFormats, 'count'>,
): string {
  const current = transcript(view, session).current;
  const value = session.emotion > 0 ? `+${formats.count(session.emotion)}` : formats.count(session.emotion);
  return fillTemplate(strings.moodValue, { mood: current ? strings.moods[current.mood] : '', value });
}

/** A reply and the handling steps it performs, e.g. "Yes, I'm the manager. (listen)"; empty for no reply. */
export function replyWithSteps(
  choice: ChoiceView | undefined,
  strings: Pick<RoleplayStrings, 'steps' | 'stepJoiner'>,
): string {
  if (!choice) return '';
  return `${choice.text} (${choice.steps.map((step) => strings.steps[step]).join(strings.stepJoiner)})`;
}

/** Why the conversation ended short of the ending its last reply led to: the total that ending takes and the student's. */
export function shortfallText(
  shortfall: NonNullable<Debrief['shortfall']>,
  strings: Pick<RoleplayStrings, 'shortfall' | 'endings'>,
  formats: Pick<NumberFormats, 'count'>,
): string {
  return fillTemplate(strings.shortfall, {
    wanted: strings.endings[shortfall.ending],
    needed: formats.count(shortfall.needed),
    had: formats.count(shortfall.had),
  });
}
