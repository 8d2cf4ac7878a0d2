/** scripts/scenario-report.ts as an instructor runs it: a report for good files, a named failure for a broken one. */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

const report = (...files: string[]) =>
  spawnSync(process.execPath, ['scripts/scenario-report.ts', ...files], { encoding: 'utf8' });

it('prints nodes, endings and distinct paths for a valid scenario and exits 0', () => {
  const run = report('test/fixtures/scenarios/valid-loop.yaml');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('nodes: 4 (2 decision points, 2 endings)');
  expect(run.stdout).toContain('endings reached: staysAndPraises, leavesQuietly');
  expect(run.stdout).toContain('distinct paths: 2');
});

it('exits non-zero naming the file and the node of an invalid scenario', () => {
  const run = report('test/fixtures/scenarios/valid-loop.yaml', 'test/fixtures/scenarios/loop-without-exit.yaml');
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(
    'test/fixtures/scenarios/loop-without-exit.yaml (nodes.1): node "clarify" is in a loop with no way out',
  );
  expect(run.stderr).toContain('1 invalid scenario file(s)');
});
