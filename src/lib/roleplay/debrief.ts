/**
 * The debrief after a role-play: the student's path against the best path, the three justice
 * scores, the handling steps the best path covers and the student's did not, and what to do
 * differently (the feedback of the replies that cost the most).
 *
 * "Best path": among all distinct paths, the one whose ending ranks best (ENDINGS order), then
 * with the highest justice total (outcome + process + interaction, as the engine scores it),
 * then the highest final emotion, then the alphabetically first list of choice ids, so it is
 * unique. Found by searching every path (enumeratePaths).
 *
 * "Cost" of a reply: compare the best continuation after it (the reply itself, then the best path
 * from the node it leads to, never re-entering the node where it was chosen) with the best
 * continuation after the best reply at that node. Continuations compare by ending rank first,
 * then by the justice points their replies add up to; the cost is the ending ranks lost and the
 * justice points lost, so a reply that closes off a better ending always comes before one that
 * merely loses a few points. Continuations start from the scores the student (or, for the best
 * replies at a point, the best path through it) had earned there, because an ending may require a
 * justice total over the whole conversation (endingRequirement.ts).
 *
 * When the student's last reply led to an ending whose requirement they fell short of, the
 * debrief names it (`shortfall`): the total it takes and the total they had.
 */
import { playPath, type Session } from './engine.ts';
import { shortfallAt, type Shortfall } from './endingRequirement.ts';
import { enumeratePaths, nodesById, openingStanding } from './enumeratePaths.ts';
import { stepStanding, type Standing } from './scoreStep.ts';
import {
  coversStep,
  ENDINGS,
  HANDLING_STEPS,
  justiceSum,
  type EndingKind,
  type HandlingStep,
  type JusticeScores,
  type LocalizedText,
  type Scenario,
  type ScenarioChoice,
} from './scenarioTypes.ts';

export interface PlayedPath {
  choiceIds: string[];
  /** The decision points passed, in order, then the ending node. */
  nodeIds: string[];
  ending: EndingKind;
  scores: JusticeScores;
  justiceTotal: number;
  emotion: number;
}

export interface Advice {
  nodeId: string;
  choiceId: string;
  /** How many ranks worse the best ending still open after this reply is (see the module comment). */
  endingRanksLost: number;
  /** Justice points lost against the best reply at that node, on the best continuation after each. */
  justicePointsLost: number;
  feedback: LocalizedText;
  /** The reply that keeps the best continuation open, and why it works. */
  betterChoiceId: string;
  betterFeedback: LocalizedText;
}

export interface Debrief {
  taken: PlayedPath;
  best: PlayedPath;
  reachedBestEnding: boolean;
  /** Steps the best path covers well and the student's path did not, in handling order. */
  missedSteps: HandlingStep[];
  /** At most three replies, costliest first (ties in conversation order); empty when every reply was as good as the best. */
  doDifferently: Advice[];
  /**
   * The ending the last reply led to when the whole conversation fell short of what it requires
   * (so the student ended at its `otherwise`), with the total it takes and theirs; null otherwise.
   */
  shortfall: (Shortfall & { ending: EndingKind }) | null;
}

const MAX_ADVICE = 3;

function played(scenario: Scenario, choiceIds: readonly string[]): PlayedPath | null {
  const result = playPath(scenario, choiceIds);
  if (!result.ok || !result.session.ending) return null;
  const { scores, emotion, ending, path, nodeId } = result.session;
  const nodeIds = [...path.map((step) => step.nodeId), nodeId];
  return { choiceIds: [...choiceIds], nodeIds, ending, scores, justiceTotal: justiceSum(scores), emotion };
}

/** Negative when `a` is the better path. */
function compareOutcomes(a: PlayedPath, b: PlayedPath): number {
  return (
    ENDINGS.indexOf(a.ending) - ENDINGS.indexOf(b.ending) ||
    b.justiceTotal - a.justiceTotal ||
    b.emotion - a.emotion ||
    a.choiceIds.join(' ').localeCompare(b.choiceIds.join(' '))
  );
}

/** Every path played out with its scores, best first. */
export function rankedPaths(scenario: Scenario): PlayedPath[] {
  return enumeratePaths(scenario)
    .map((path) => played(scenario, path.choiceIds))
    .filter((path): path is PlayedPath => path !== null)
    .sort(compareOutcomes);
}

export function bestPath(scenario: Scenario): PlayedPath | null {
  return rankedPaths(scenario)[0] ?? null;
}

function choicesOf(scenario: Scenario): Map<string, ScenarioChoice> {
  return new Map(scenario.nodes.flatMap((node) => (node.choices ?? []).map((choice) => [choice.id, choice] as const)));
}

/** A continuation's worth: its ending's rank (0 is best) and the justice points its replies add up to. */
interface Continuation {
  rank: number;
  justice: number;
}

const isBetter = (a: Continuation, b: Continuation) => (a.rank !== b.rank ? a.rank < b.rank : a.justice > b.justice);

/** The best continuation that starts with `choice`, taken at `fromNodeId`; null if none reaches an ending. */
function bestAfter(
  scenario: Scenario,
  choices: Map<string, ScenarioChoice>,
  choice: ScenarioChoice,
  fromNodeId: string,
  before: Standing,
): Continuation | null {
  let best: Continuation | null = null;
  for (const path of enumeratePaths(scenario, choice.next, [fromNodeId], stepStanding(before, choice.effects))) {
    const justice = path.choiceIds.reduce(
      (sum, id) => sum + justiceSum(choices.get(id)!.effects),
      justiceSum(choice.effects),
    );
    const candidate = { rank: ENDINGS.indexOf(path.ending), justice };
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  return best;
}

/** The standing on arriving at `nodeId` along the best-ranked path through it (the opening standing if none passes). */
function bestStandingAt(scenario: Scenario, nodeId: string): Standing {
  const through = rankedPaths(scenario).find((path) => path.nodeIds.includes(nodeId));
  if (!through) return openingStanding(scenario);
  const played = playPath(scenario, through.choiceIds.slice(0, through.nodeIds.indexOf(nodeId)));
  return played.ok ? played.session : openingStanding(scenario);
}

/**
 * The replies at a decision point that the debrief would recommend there: those whose best
 * continuation (see the module comment) is best, all of them when two tie, for a student who
 * arrives as the best path through that point does. Empty at an ending.
 */
export function bestRepliesAt(scenario: Scenario, nodeId: string): ScenarioChoice[] {
  const options = scenario.nodes.find((node) => node.id === nodeId)?.choices ?? [];
  const choices = choicesOf(scenario);
  const before = bestStandingAt(scenario, nodeId);
  const valued = options.flatMap((choice) => {
    const value = bestAfter(scenario, choices, choice, nodeId, before);
    return value ? [{ choice, value }] : [];
  });
  const top = valued.reduce<Continuation | null>(
    (best, { value }) => (!best || isBetter(value, best) ? value : best),
    null,
  );
  return valued.filter(({ value }) => top && !isBetter(top, value)).map(({ choice }) => choice);
}

/** Debrief a finished session; a session that has not reached an ending gets a message instead. */
export function debrief(
  scenario: Scenario,
  session: Session,
): { ok: true; debrief: Debrief } | { ok: false; message: string } {
  const choiceIds = session.path.map((step) => step.choiceId);
  const taken = played(scenario, choiceIds);
  if (!taken) return { ok: false, message: 'the conversation has not reached an ending yet' };
  const best = bestPath(scenario)!;
  const choices = choicesOf(scenario);

  const covered = (ids: readonly string[]) =>
    new Set(
      ids
        .map((id) => choices.get(id)!)
        .filter(coversStep)
        .flatMap((choice) => choice.steps),
    );
  const studentSteps = covered(taken.choiceIds);
  const bestSteps = covered(best.choiceIds);
  const missedSteps = HANDLING_STEPS.filter((step) => bestSteps.has(step) && !studentSteps.has(step));

  const advice: Advice[] = [];
  const byNode = nodesById(scenario);
  let before = openingStanding(scenario);
  let shortfall: Debrief['shortfall'] = null;
  for (const step of session.path) {
    const options = byNode.get(step.nodeId)?.choices ?? [];
    const taken = options.find((choice) => choice.id === step.choiceId);
    if (!taken) continue;
    const now = before;
    before = stepStanding(before, taken.effects);
    const target = byNode.get(taken.next);
    const missed = target && target.id !== session.nodeId ? shortfallAt(target, before.scores) : null;
    if (missed && target?.ending) shortfall = { ...missed, ending: target.ending };
    const takenValue = bestAfter(scenario, choices, taken, step.nodeId, now);
    let better: { choice: ScenarioChoice; value: Continuation } | null = null;
    for (const choice of options) {
      const value = bestAfter(scenario, choices, choice, step.nodeId, now);
      if (value && (!better || isBetter(value, better.value))) better = { choice, value };
    }
    if (!takenValue || !better || !isBetter(better.value, takenValue)) continue;
    advice.push({
      nodeId: step.nodeId,
      choiceId: taken.id,
      endingRanksLost: takenValue.rank - better.value.rank,
      justicePointsLost: better.value.justice - takenValue.justice,
      feedback: taken.feedback,
      betterChoiceId: better.choice.id,
      betterFeedback: better.choice.feedback,
    });
  }
  advice.sort((a, b) => b.endingRanksLost - a.endingRanksLost || b.justicePointsLost - a.justicePointsLost);

  return {
    ok: true,
    debrief: {
      taken,
      best,
      reachedBestEnding: taken.ending === best.ending,
      missedSteps,
      doDifferently: advice.slice(0, MAX_ADVICE),
      shortfall,
    },
  };
}
