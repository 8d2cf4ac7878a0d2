/**
 * The debrief after an ending (computed by src/lib/roleplay/debrief.ts): the ending against the
 * best one, the path taken beside the best path, the three justice scores, the handling steps
 * missed, what to do differently, and the student's own words beside the options they picked,
 * with a checklist of the handling steps to judge them by.
 */
import { useMemo, useState } from 'preact/hooks';
import { replyWithSteps, shortfallText } from '../../lib/roleplay/conversationWords.ts';
import { debrief } from '../../lib/roleplay/debrief.ts';
import { pathRows } from '../../lib/roleplay/pathRows.ts';
import type { Session } from '../../lib/roleplay/engine.ts';
import { HANDLING_STEPS, JUSTICE_DIMENSIONS, justiceSum, type Scenario } from '../../lib/roleplay/scenarioTypes.ts';
import { choicesById, type ScenarioView } from '../../lib/roleplay/scenarioView.ts';
import { transcript } from '../../lib/roleplay/transcript.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { RoleplayStrings } from '../../i18n/types.ts';

interface Props {
  scenario: Scenario;
  view: ScenarioView;
  session: Session;
  strings: RoleplayStrings;
  formats: NumberFormats;
}

export function RolePlayDebrief({ scenario, view, session, strings, formats }: Props) {
  const result = useMemo(() => debrief(scenario, session), [scenario, session]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  if (!result.ok) return null;
  const { taken, best, reachedBestEnding, missedSteps, doDifferently, shortfall } = result.debrief;
  const choices = choicesById(view);
  const { rounds } = transcript(view, session);
  const replyText = (id: string | undefined) => replyWithSteps(id === undefined ? undefined : choices.get(id), strings);
  const toggle = (step: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(step);
    else next.delete(step);
    setTicked(next);
  };

  return (
    <section class="roleplay-debrief" aria-labelledby="roleplay-debrief-title" data-testid="roleplay-debrief">
      <h4 id="roleplay-debrief-title">{strings.debriefTitle}</h4>
      <p class="widget-result">
        {fillTemplate(strings.endingReached, { ending: strings.endings[taken.ending] })}{' '}
        {reachedBestEnding
          ? strings.reachedBest
          : fillTemplate(strings.bestEnding, { ending: strings.endings[best.ending] })}
      </p>
      {shortfall && <p data-testid="roleplay-shortfall">{shortfallText(shortfall, strings, formats)}</p>}
      <p>{fillTemplate(strings.failureTypeIs, { type: strings.failureTypes[view.failureType] })}</p>

      <h5>{strings.scoresTitle}</h5>
      <table data-testid="roleplay-scores">
        <caption>{strings.scoresCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.dimension}</th>
            <th scope="col">{strings.yourScore}</th>
            <th scope="col">{strings.bestScore}</th>
          </tr>
        </thead>
        <tbody>
          {JUSTICE_DIMENSIONS.map((dimension) => (
            <tr key={dimension} data-dimension={dimension}>
              <th scope="row">{strings.justice[dimension]}</th>
              <td>{formats.count(taken.scores[dimension])}</td>
              <td>{formats.count(best.scores[dimension])}</td>
            </tr>
          ))}
          <tr data-dimension="total">
            <th scope="row">{strings.total}</th>
            <td>{formats.count(justiceSum(taken.scores))}</td>
            <td>{formats.count(justiceSum(best.scores))}</td>
          </tr>
        </tbody>
      </table>

      <h5>{strings.pathTitle}</h5>
      <table class="roleplay-path" data-testid="roleplay-path">
        <caption>{strings.pathCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.turn}</th>
            <th scope="col">{strings.yourReply}</th>
            <th scope="col">{strings.bestReply}</th>
          </tr>
        </thead>
        <tbody>
          {pathRows(taken.choiceIds, best.choiceIds).map((row) => (
            <tr key={row.turn}>
              <th scope="row">{formats.count(row.turn)}</th>
              <td>{replyText(row.mine)}</td>
              <td>{row.sameAsBest ? strings.sameAsBest : replyText(row.best)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h5>{strings.missedTitle}</h5>
      {missedSteps.length === 0 ? (
        <p data-testid="roleplay-missed">{strings.missedNone}</p>
      ) : (
        <>
          <p>{strings.missedLead}</p>
          <ul data-testid="roleplay-missed">
            {missedSteps.map((step) => (
              <li key={step}>{strings.steps[step]}</li>
            ))}
          </ul>
        </>
      )}

      <h5>{strings.differentlyTitle}</h5>
      {doDifferently.length === 0 ? (
        <p data-testid="roleplay-advice">{strings.differentlyNone}</p>
      ) : (
        <ol class="roleplay-advice" data-testid="roleplay-advice">
          {doDifferently.map((advice) => (
            <li key={advice.nodeId}>
              <p>
                <strong>{strings.youSaid}</strong> {choices.get(advice.choiceId)?.text}{' '}
                {choices.get(advice.choiceId)?.feedback}
              </p>
              <p>
                <strong>{strings.betterSay}</strong> {choices.get(advice.betterChoiceId)?.text}{' '}
                {choices.get(advice.betterChoiceId)?.feedback}
              </p>
            </li>
          ))}
        </ol>
      )}

      <h5>{strings.ownWordsTitle}</h5>
      <table class="roleplay-own-words" data-testid="roleplay-own-words">
        <caption>{strings.ownWordsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.customerSaid}</th>
            <th scope="col">{strings.ownWords}</th>
            <th scope="col">{strings.chosenOption}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round, index) => (
            <tr key={index}>
              <td>{round.node.customer}</td>
              <td>{round.ownWords ?? strings.noOwnWords}</td>
              <td>{replyText(round.choice.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset class="roleplay-checklist">
        <legend>{strings.checklistLegend}</legend>
        {HANDLING_STEPS.map((step) => (
          <label key={step} class="quiz-choice">
            <input
              type="checkbox"
              checked={ticked.has(step)}
              onChange={(event) => toggle(step, event.currentTarget.checked)}
            />
            <span>{strings.steps[step]}</span>
          </label>
        ))}
        <p aria-live="polite">
          {fillTemplate(strings.checklistResult, {
            n: formats.count(ticked.size),
            total: formats.count(HANDLING_STEPS.length),
          })}
        </p>
      </fieldset>
    </section>
  );
}
