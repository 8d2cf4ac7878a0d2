/**
 * Walks a role-play scenario: start, choose, apply each reply's effects to the three justice
 * scores and the customer's emotion (clamped to the scales in scenarioTypes.ts), record the path,
 * and stop at an ending. An ending that requires a justice total the session has not earned sends
 * it to that ending's `otherwise` (endingRequirement.ts). Sessions are immutable values, so the
 * view can keep history or undo.
 */
import { arrivalNode } from './endingRequirement.ts';
import { nodesById } from './enumeratePaths.ts';
import { clamp, stepStanding } from './scoreStep.ts';
import {
  EMOTION_RANGE,
  type EndingKind,
  type JusticeScores,
  type Scenario,
  type ScenarioChoice,
  type ScenarioNode,
} from './scenarioTypes.ts';

export interface PathStep {
  nodeId: string;
  choiceId: string;
  /** What the student typed in their own words before picking (kept for their own review). */
  freeText?: string | undefined;
}

export interface Session {
  scenarioId: string;
  /** Where the conversation is now: a decision point, or the ending once it is over. */
  nodeId: string;
  scores: JusticeScores;
  emotion: number;
  path: PathStep[];
  /** Set once the conversation has reached an ending. */
  ending: EndingKind | null;
}

export type StepResult = { ok: true; session: Session } | { ok: false; message: string };

export function startSession(scenario: Scenario): Session {
  const byId = nodesById(scenario);
  const scores = { outcome: 0, process: 0, interaction: 0 };
  const first = byId.get(scenario.start);
  const start = first && arrivalNode(byId, first, scores);
  return {
    scenarioId: scenario.id,
    nodeId: start?.id ?? scenario.start,
    scores,
    emotion: clamp(scenario.startEmotion, EMOTION_RANGE),
    path: [],
    ending: start?.ending ?? null,
  };
}

export function currentNode(scenario: Scenario, session: Session): ScenarioNode | undefined {
  return nodesById(scenario).get(session.nodeId);
}

/** The replies open to the student now (none once the conversation has ended). */
export function availableChoices(scenario: Scenario, session: Session): ScenarioChoice[] {
  return session.ending ? [] : (currentNode(scenario, session)?.choices ?? []);
}

/** Take one reply. A reply that is not on offer gives a message, never an exception. */
export function choose(scenario: Scenario, session: Session, choiceId: string, freeText?: string): StepResult {
  if (session.ending) return { ok: false, message: `the conversation has already ended (${session.ending})` };
  const node = currentNode(scenario, session);
  if (!node) return { ok: false, message: `node "${session.nodeId}" is not in scenario "${scenario.id}"` };
  const choice = node.choices?.find((candidate) => candidate.id === choiceId);
  if (!choice) return { ok: false, message: `node "${node.id}" has no choice "${choiceId}"` };
  const byId = nodesById(scenario);
  const target = byId.get(choice.next);
  if (!target) return { ok: false, message: `choice "${choiceId}" leads to "${choice.next}", which does not exist` };

  const { scores, emotion } = stepStanding(session, choice.effects);
  const next = arrivalNode(byId, target, scores);
  const trimmed = freeText?.trim();
  const step: PathStep = trimmed ? { nodeId: node.id, choiceId, freeText: trimmed } : { nodeId: node.id, choiceId };
  return {
    ok: true,
    session: {
      scenarioId: session.scenarioId,
      nodeId: next.id,
      scores,
      emotion,
      path: [...session.path, step],
      ending: next.ending ?? null,
    },
  };
}

/** Replay a list of choice ids from the start; stops with a message at the first one not on offer. */
export function playPath(scenario: Scenario, choiceIds: readonly string[]): StepResult {
  let session = startSession(scenario);
  for (const choiceId of choiceIds) {
    const result = choose(scenario, session, choiceId);
    if (!result.ok) return result;
    session = result.session;
  }
  return { ok: true, session };
}
