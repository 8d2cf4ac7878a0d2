/** The scenario schema and its validator: one small broken fixture per rule, each failing with a message that names the node. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';
import { validateScenario } from '../../../src/lib/roleplay/validateScenario.ts';

const fixture = (name: string) => parse(readFileSync(`test/fixtures/scenarios/${name}.yaml`, 'utf8'));

/** The messages of a failed parse, each with the path it names. */
function problems(scenario: unknown): string[] {
  const result = scenarioSchema.safeParse(scenario);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('scenario schema', () => {
  it('accepts a scenario whose loop always has a way out, and counts its two simple paths', () => {
    const result = scenarioSchema.safeParse(fixture('valid-loop'));
    expect(result.error?.issues ?? []).toEqual([]);
    // By hand: ask -c2-> end-good; ask -c1-> clarify -c4-> end-bad. (clarify -c3-> ask would revisit ask.)
    const check = validateScenario(result.data!);
    expect(check.pathCount).toBe(2);
    expect(check.endingsReached).toEqual(['staysAndPraises', 'leavesQuietly']);
  });

  it.each([
    ['unreachable-node', 'nodes.2: node "orphan" cannot be reached from the start node "ask"'],
    ['dangling-reference', 'nodes.1: node "clarify": choice "c4" leads to "end-gone", which does not exist'],
    [
      'loop-without-exit',
      'nodes.1: node "clarify" is in a loop with no way out (clarify → probe → clarify): no choice in it leads on to an ending',
    ],
    [
      'unreachable-ending',
      'nodes.3: ending "end-bad" can never be reached: no choice from the start "ask" leads to it',
    ],
    [
      'dead-end',
      'nodes.1: node "clarify" has no choices and no ending: the conversation would stop there without an outcome',
    ],
    ['missing-start', 'start: the start node "begin" does not exist'],
    ['duplicate-node', 'nodes.2: node "clarify" is defined twice'],
    ['duplicate-choice', 'nodes.1: node "clarify": choice id "c1" is already used in node "ask"'],
    ['choices-and-ending', 'nodes.1: node "clarify" has both choices and an ending: give it one or the other'],
  ])('rejects %s with exactly one message naming the node', (name, message) => {
    expect(problems(fixture(name))).toEqual([message]);
  });

  it('requires every customer line in both languages', () => {
    const scenario = fixture('valid-loop');
    delete scenario.nodes[1].customer.en;
    expect(problems(scenario)).toEqual(['nodes.1.customer.en: Invalid input: expected string, received undefined']);
  });

  it('refuses a reply that moves a justice score by more than the documented ±2', () => {
    const scenario = fixture('valid-loop');
    scenario.nodes[0].choices[0].effects.process = 3;
    expect(problems(scenario)).toEqual([
      'nodes.0.choices.0.effects.process: a reply moves a justice score by at most ±2',
    ]);
  });

  it('refuses an ending kind the course does not define', () => {
    const scenario = fixture('valid-loop');
    scenario.nodes[2].ending = 'delighted';
    expect(problems(scenario)[0]).toMatch(/^nodes\.2\.ending: /);
  });
});
