/**
 * The conversation so far as the student reads it: each round's customer line, the student's own
 * words (if they wrote any) and the reply they picked, then the customer's line now (the next
 * question, or what they finally do at an ending). Built from the session's path, so a replayed
 * or restored session reads exactly as it was played.
 */
import { seededShuffle } from '../order/seededShuffle.ts';
import type { Session } from './engine.ts';
import type { ChoiceView, NodeView, ScenarioView } from './scenarioView.ts';

export interface Round {
  node: NodeView;
  choice: ChoiceView;
  /** What the student typed before picking, trimmed; undefined when they wrote nothing. */
  ownWords: string | undefined;
}

export interface Transcript {
  rounds: Round[];
  /** Where the conversation stands: the open question, or the ending node once it is over. */
  current: NodeView | undefined;
}

export function transcript(view: ScenarioView, session: Session): Transcript {
  const nodes = new Map(view.nodes.map((node) => [node.id, node]));
  const rounds: Round[] = [];
  for (const step of session.path) {
    const node = nodes.get(step.nodeId);
    const choice = node?.choices?.find((candidate) => candidate.id === step.choiceId);
    // A step the view does not know cannot come from the engine, which only takes offered replies.
    if (!node || !choice) break;
    rounds.push({ node, choice, ownWords: step.freeText });
  }
  return { rounds, current: nodes.get(session.nodeId) };
}

/**
 * The replies the student can pick now, in the order this learner's seed deals them (so the best
 * is not always in the same place); none once the conversation has ended.
 */
export function offeredReplies(view: ScenarioView, session: Session, seed: string): ChoiceView[] {
  if (session.ending) return [];
  const choices = view.nodes.find((node) => node.id === session.nodeId)?.choices ?? [];
  return seededShuffle(choices, `${seed}:${view.id}:${session.nodeId}`);
}
