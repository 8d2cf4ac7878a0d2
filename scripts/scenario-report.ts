/**
 * `npx node scripts/scenario-report.ts [files…]`: validates every role-play scenario (all of
 * content/scenarios/*.yaml by default) and prints, per scenario, its nodes, the endings some path
 * reaches, the number of distinct paths and the best path. Exits non-zero on an invalid scenario,
 * naming the file and the node, so an instructor can run it while writing one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { scenarioSchema } from '../src/schemas/scenario.ts';
import { validateScenario } from '../src/lib/roleplay/validateScenario.ts';
import { bestPath } from '../src/lib/roleplay/debrief.ts';

const directory = 'content/scenarios';
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(directory)
        .filter((file) => file.endsWith('.yaml'))
        .sort()
        .map((file) => join(directory, file));

let failed = 0;
for (const file of files) {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    failed++;
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const result = scenarioSchema.safeParse(data);
  if (!result.success) {
    failed++;
    for (const issue of result.error.issues) {
      const where = issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      console.error(`${file}${where}: ${issue.message}`);
    }
    continue;
  }
  const scenario = result.data;
  const check = validateScenario(scenario);
  const best = bestPath(scenario);
  console.log(`${file}: ${scenario.id}`);
  console.log(
    `  nodes: ${check.nodeCount} (${check.decisionCount} decision points, ${check.nodeCount - check.decisionCount} endings)`,
  );
  console.log(`  endings reached: ${check.endingsReached.join(', ')}`);
  console.log(`  distinct paths: ${check.pathCount}`);
  if (best)
    console.log(
      `  best path: ${best.choiceIds.join(' → ')} (${best.ending}; outcome ${best.scores.outcome}, process ${best.scores.process}, interaction ${best.scores.interaction})`,
    );
}
if (failed > 0) {
  console.error(`\n${failed} invalid scenario file(s)`);
  process.exit(1);
}
