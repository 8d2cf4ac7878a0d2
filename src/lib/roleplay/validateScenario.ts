/**
 * Structural checks of a role-play scenario, used by its zod schema (so the build and the tests
 * run them) and by scripts/scenario-report.ts. Every message names the node at fault, because
 * an instructor writing a scenario needs to know exactly where to look.
 */
import { enumeratePaths, MAX_PATHS, nodesById, TooManyPathsError } from './enumeratePaths.ts';
import { ENDINGS, justiceSum, type EndingKind, type Scenario } from './scenarioTypes.ts';

export interface ScenarioProblem {
  /** The node at fault, or null for a scenario-wide problem (a missing start node). */
  nodeId: string | null;
  /** Its position in `nodes`, for the schema's error path. */
  nodeIndex: number | null;
  message: string;
}

export interface ScenarioCheck {
  problems: ScenarioProblem[];
  nodeCount: number;
  decisionCount: number;
  /** Ending kinds some path reaches, best first. */
  endingsReached: EndingKind[];
  /** Distinct paths from the start to an ending (a path visits each node at most once). */
  pathCount: number;
}

export function validateScenario(scenario: Scenario): ScenarioCheck {
  const problems: ScenarioProblem[] = [];
  const indexOf = new Map<string, number>();
  scenario.nodes.forEach((node, index) => {
    if (!indexOf.has(node.id)) indexOf.set(node.id, index);
  });
  const report = (nodeId: string | null, message: string, nodeIndex = nodeId === null ? null : indexOf.get(nodeId)) =>
    problems.push({ nodeId, nodeIndex: nodeIndex ?? null, message });
  const byId = nodesById(scenario);

  // Ids: each node defined once, each choice id used once in the whole scenario.
  const choiceOwner = new Map<string, string>();
  scenario.nodes.forEach((node, index) => {
    if (indexOf.get(node.id) !== index) report(node.id, `node "${node.id}" is defined twice`, index);
    const hasChoices = (node.choices?.length ?? 0) > 0;
    if (hasChoices && node.ending)
      report(node.id, `node "${node.id}" has both choices and an ending: give it one or the other`, index);
    if (!hasChoices && !node.ending)
      report(
        node.id,
        `node "${node.id}" has no choices and no ending: the conversation would stop there without an outcome`,
        index,
      );
    for (const choice of node.choices ?? []) {
      const owner = choiceOwner.get(choice.id);
      if (owner !== undefined)
        report(node.id, `node "${node.id}": choice id "${choice.id}" is already used in node "${owner}"`, index);
      else choiceOwner.set(choice.id, node.id);
      if (!byId.has(choice.next))
        report(
          node.id,
          `node "${node.id}": choice "${choice.id}" leads to "${choice.next}", which does not exist`,
          index,
        );
    }
  });

  // Requirements on endings: on an ending only, always with a worse ending to fall back to.
  scenario.nodes.forEach((node, index) => {
    if (node.requires === undefined && node.otherwise === undefined) return;
    if (!node.ending) {
      report(
        node.id,
        `node "${node.id}" is not an ending: only an ending can require a total and name an "otherwise"`,
        index,
      );
      return;
    }
    if (node.requires === undefined || node.otherwise === undefined) {
      report(
        node.id,
        `ending "${node.id}" needs both "requires" and "otherwise": one without the other means nothing`,
        index,
      );
      return;
    }
    const fallback = byId.get(node.otherwise);
    if (!fallback) report(node.id, `ending "${node.id}": otherwise "${node.otherwise}" does not exist`, index);
    else if (!fallback.ending)
      report(node.id, `ending "${node.id}": otherwise "${node.otherwise}" is not an ending`, index);
    else if (ENDINGS.indexOf(fallback.ending) <= ENDINGS.indexOf(node.ending))
      report(
        node.id,
        `ending "${node.id}": otherwise "${node.otherwise}" (${fallback.ending}) is not worse than ${node.ending}, so falling short would not cost anything`,
        index,
      );
    // Follow the otherwise chain: it must not come back round.
    const chain = [node.id];
    for (let next: string | undefined = node.otherwise; next !== undefined; next = byId.get(next)?.otherwise) {
      if (chain.includes(next)) {
        report(
          node.id,
          `ending "${node.id}": its "otherwise" endings go round in a circle (${[...chain, next].join(' → ')})`,
          index,
        );
        break;
      }
      chain.push(next);
    }
  });

  if (!byId.has(scenario.start)) {
    report(null, `the start node "${scenario.start}" does not exist`);
    return { problems, nodeCount: scenario.nodes.length, decisionCount: 0, endingsReached: [], pathCount: 0 };
  }

  // Reachable from the start (breadth-first, so nothing depends on the order of the file).
  // An ending's "otherwise" counts as a way on: the ending it names is reached through it.
  const successors = (id: string) => {
    const node = byId.get(id);
    const onward = [
      ...(node?.choices ?? []).map((c) => c.next),
      ...(node?.otherwise === undefined ? [] : [node.otherwise]),
    ];
    return onward.filter((next) => byId.has(next));
  };
  const reachable = new Set([scenario.start]);
  for (const queue = [scenario.start]; queue.length > 0;)
    for (const next of successors(queue.shift()!))
      if (!reachable.has(next)) {
        reachable.add(next);
        queue.push(next);
      }
  for (const node of byId.values())
    if (!reachable.has(node.id))
      report(
        node.id,
        node.ending
          ? `ending "${node.id}" can never be reached: no choice from the start "${scenario.start}" leads to it`
          : `node "${node.id}" cannot be reached from the start node "${scenario.start}"`,
      );

  // Nodes that can reach an ending: grow backwards from the endings until nothing changes.
  const canFinish = new Set([...byId.values()].filter((node) => node.ending).map((node) => node.id));
  for (let grew = true; grew;) {
    grew = false;
    for (const node of byId.values())
      if (!canFinish.has(node.id) && successors(node.id).some((next) => canFinish.has(next))) {
        canFinish.add(node.id);
        grew = true;
      }
  }
  const trapped = [...reachable].filter((id) => !canFinish.has(id) && !byId.get(id)!.ending);
  const explained = new Set<string>();
  for (const id of trapped) {
    if (explained.has(id)) continue;
    // Follow choices inside the trapped set until a node repeats: that is the loop to name.
    const walk: string[] = [];
    let current: string | undefined = id;
    while (current !== undefined && !walk.includes(current)) {
      walk.push(current);
      current = successors(current).find((next) => !canFinish.has(next));
    }
    walk.forEach((node) => explained.add(node));
    if (current === undefined) {
      // A dead end with no loop: already reported as a missing target or a node with nothing to say.
      continue;
    }
    const loop = walk.slice(walk.indexOf(current));
    report(
      current,
      `node "${current}" is in a loop with no way out (${[...loop, current].join(' → ')}): no choice in it leads on to an ending`,
    );
  }

  let paths: ReturnType<typeof enumeratePaths> = [];
  try {
    paths = enumeratePaths(scenario);
  } catch (error) {
    if (!(error instanceof TooManyPathsError)) throw error;
    report(scenario.start, `more than ${MAX_PATHS} distinct paths from "${scenario.start}": split the scenario`);
  }
  // A requirement no path meets would make its ending unreachable in play.
  const arrivals = new Set(paths.map((path) => path.nodeIds.at(-1)));
  for (const node of byId.values())
    if (
      node.requires &&
      node.otherwise !== undefined &&
      reachable.has(node.id) &&
      paths.length > 0 &&
      !arrivals.has(node.id)
    ) {
      const best = Math.max(
        ...paths.filter((path) => path.nodeIds.includes(node.id)).map((path) => justiceSum(path.scores)),
      );
      report(
        node.id,
        `ending "${node.id}" requires a justice total of ${node.requires.total}, which no path earns (the most any path arriving there has is ${best})`,
      );
    }
  const reached = new Set(paths.map((path) => path.ending));
  return {
    problems,
    nodeCount: scenario.nodes.length,
    decisionCount: scenario.nodes.filter((node) => !node.ending).length,
    endingsReached: ENDINGS.filter((ending) => reached.has(ending)),
    pathCount: paths.length,
  };
}
