/**
 * Walks a role-play scenario: start, choose, apply each reply's effects to the three justice
 * scores and the customer's emotion (clamped to the scales in scenarioTypes.ts), record the path,
 * and stop at an ending. Sessions are immutable values, so the view can keep history or undo.
 */
import { nodesById } from './enumeratePaths.ts';
import {
  EMOTION_RANGE,
  JUSTICE_DIMENSIONS,
  JUSTICE_RANGE,
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

const clamp = (value: number, range: { min: number; max: number }) => Math.min(range.max, Math.max(range.min, value));

export function startSession(scenario: Scenario): Session {
  const start = nodesById(scenario).get(scenario.start);
  return {
    scenarioId: scenario.id,
    nodeId: scenario.start,
    scores: { outcome: 0, process: 0, interaction: 0 },
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
  const next = nodesById(scenario).get(choice.next);
  if (!next) return { ok: false, message: `choice "${choiceId}" leads to "${choice.next}", which does not exist` };

  const scores = { ...session.scores };
  for (const dimension of JUSTICE_DIMENSIONS)
    scores[dimension] = clamp(scores[dimension] + choice.effects[dimension], JUSTICE_RANGE);
  const trimmed = freeText?.trim();
  const step: PathStep = trimmed ? { nodeId: node.id, choiceId, freeText: trimmed } : { nodeId: node.id, choiceId };
  return {
    ok: true,
    session: {
      scenarioId: session.scenarioId,
      nodeId: next.id,
      scores,
      emotion: clamp(session.emotion + choice.effects.emotion, EMOTION_RANGE),
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
