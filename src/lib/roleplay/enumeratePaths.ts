/**
 * Every distinct path through a scenario, from a node to an ending. A path never visits a node
 * twice (a loop is walked at most once around), so the list is finite even when a scenario lets
 * the customer circle back; a reference to a missing node is skipped (the validator reports it).
 */
import type { EndingKind, Scenario, ScenarioNode } from './scenarioTypes.ts';

export interface ScenarioPath {
  /** The choices made, in order. */
  choiceIds: string[];
  /** The nodes visited, from the first to the ending node. */
  nodeIds: string[];
  ending: EndingKind;
}

/** Beyond this many paths a scenario is too large to debrief by search; the validator says so. */
export const MAX_PATHS = 100_000;

export class TooManyPathsError extends Error {}

export function nodesById(scenario: Pick<Scenario, 'nodes'>): Map<string, ScenarioNode> {
  const map = new Map<string, ScenarioNode>();
  // The first definition wins, as the validator reports later duplicates.
  for (const node of scenario.nodes) if (!map.has(node.id)) map.set(node.id, node);
  return map;
}

/**
 * All paths from `fromNodeId` (the start by default) to an ending. `alreadyVisited` lists nodes a
 * path may not enter again (the nodes a student has already passed, when searching from midway).
 */
export function enumeratePaths(
  scenario: Scenario,
  fromNodeId: string = scenario.start,
  alreadyVisited: Iterable<string> = [],
): ScenarioPath[] {
  const byId = nodesById(scenario);
  const paths: ScenarioPath[] = [];
  const onPath = new Set(alreadyVisited);
  const choiceIds: string[] = [];
  const nodeIds: string[] = [];

  const walk = (node: ScenarioNode) => {
    onPath.add(node.id);
    nodeIds.push(node.id);
    if (node.ending) {
      if (paths.length >= MAX_PATHS) throw new TooManyPathsError(`more than ${MAX_PATHS} distinct paths`);
      paths.push({ choiceIds: [...choiceIds], nodeIds: [...nodeIds], ending: node.ending });
    } else {
      for (const choice of node.choices ?? []) {
        const next = byId.get(choice.next);
        if (!next || onPath.has(next.id)) continue;
        choiceIds.push(choice.id);
        walk(next);
        choiceIds.pop();
      }
    }
    nodeIds.pop();
    onPath.delete(node.id);
  };

  const first = byId.get(fromNodeId);
  if (first && !onPath.has(first.id)) walk(first);
  return paths;
}
