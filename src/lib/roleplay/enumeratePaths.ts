/**
 * Every distinct path through a scenario, from a node to an ending. A path never visits a node
 * twice (a loop is walked at most once around), so the list is finite even when a scenario lets
 * the customer circle back; a reference to a missing node is skipped (the validator reports it).
 * Each path carries its scores, because an ending may depend on them: a path that arrives at an
 * ending short of its requirement ends at that ending's `otherwise` (endingRequirement.ts), as the
 * engine would play it.
 */
import { arrivalNode } from './endingRequirement.ts';
import { stepStanding, type Standing } from './scoreStep.ts';
import type { EndingKind, JusticeScores, Scenario, ScenarioNode } from './scenarioTypes.ts';

export interface ScenarioPath {
  /** The choices made, in order. */
  choiceIds: string[];
  /**
   * The nodes visited, from the first to the ending node; when the path falls short of that
   * ending's requirement, the `otherwise` ending it ends at comes last.
   */
  nodeIds: string[];
  ending: EndingKind;
  /** The justice scores on arrival, counted from the standing the search started with. */
  scores: JusticeScores;
}

/** The standing a conversation opens with: no justice points yet, the scenario's starting emotion. */
export function openingStanding(scenario: Pick<Scenario, 'startEmotion'>): Standing {
  return stepStanding(
    { scores: { outcome: 0, process: 0, interaction: 0 }, emotion: 0 },
    { outcome: 0, process: 0, interaction: 0, emotion: scenario.startEmotion },
  );
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
 * path may not enter again (the nodes a student has already passed, when searching from midway);
 * `standing` is the scores on arriving at `fromNodeId` (the opening standing by default).
 */
export function enumeratePaths(
  scenario: Scenario,
  fromNodeId: string = scenario.start,
  alreadyVisited: Iterable<string> = [],
  standing: Standing = openingStanding(scenario),
): ScenarioPath[] {
  const byId = nodesById(scenario);
  const paths: ScenarioPath[] = [];
  const onPath = new Set(alreadyVisited);
  const choiceIds: string[] = [];
  const nodeIds: string[] = [];

  const walk = (node: ScenarioNode, now: Standing) => {
    onPath.add(node.id);
    nodeIds.push(node.id);
    if (node.ending) {
      if (paths.length >= MAX_PATHS) throw new TooManyPathsError(`more than ${MAX_PATHS} distinct paths`);
      const end = arrivalNode(byId, node, now.scores);
      paths.push({
        choiceIds: [...choiceIds],
        nodeIds: end === node ? [...nodeIds] : [...nodeIds, end.id],
        ending: end.ending ?? node.ending,
        scores: now.scores,
      });
    } else {
      for (const choice of node.choices ?? []) {
        const next = byId.get(choice.next);
        if (!next || onPath.has(next.id)) continue;
        choiceIds.push(choice.id);
        walk(next, stepStanding(now, choice.effects));
        choiceIds.pop();
      }
    }
    nodeIds.pop();
    onPath.delete(node.id);
  };

  const first = byId.get(fromNodeId);
  if (first && !onPath.has(first.id)) walk(first, standing);
  return paths;
}
