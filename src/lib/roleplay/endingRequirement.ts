/**
 * Endings that depend on the whole conversation. An ending node may require a justice total (the
 * three scores added up, as the session arrives with the last reply counted); when the session
 * falls short, the conversation ends at the node's `otherwise` ending instead. So a customer
 * praises the student only when the conversation as a whole was handled well, not because the
 * last reply was the right one.
 */
import { justiceSum, type JusticeScores, type ScenarioNode } from './scenarioTypes.ts';

export interface Shortfall {
  /** The ending node whose requirement was not met. */
  nodeId: string;
  /** The justice total it takes, and the total the session arrived with. */
  needed: number;
  had: number;
}

/** The requirement `node` puts on a session arriving with `scores`, when they fall short of it; null when met or none. */
export function shortfallAt(node: ScenarioNode, scores: JusticeScores): Shortfall | null {
  if (!node.requires) return null;
  const had = justiceSum(scores);
  return had >= node.requires.total ? null : { nodeId: node.id, needed: node.requires.total, had };
}

/**
 * The node a session arriving at `node` with `scores` ends at: `node` itself, or, while a
 * requirement falls short, its `otherwise` node. A missing or repeated `otherwise` (which the
 * validator reports) stops the walk where it is.
 */
export function arrivalNode(
  byId: ReadonlyMap<string, ScenarioNode>,
  node: ScenarioNode,
  scores: JusticeScores,
): ScenarioNode {
  const seen = new Set([node.id]);
  let current = node;
  while (current.otherwise !== undefined && shortfallAt(current, scores)) {
    const next = byId.get(current.otherwise);
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    current = next;
  }
  return current;
}
