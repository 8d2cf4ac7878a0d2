/**
 * A learner who always presses the first reply shown must not be praised by the customer (#13).
 * Every scenario is played through the engine with the replies in the order the page deals them
 * (offeredReplies, the same function the island calls) for 20 learners' seeds in each locale, always
 * taking the first; the praise ending may come up in at most 2 of the 20. The dealt order at a
 * point depends only on the seed, the scenario and the point, so a learner who comes back to a point
 * is shown the same first reply again: one who returns to a point is going round for ever and is
 * counted as not praised.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { choose, startSession } from '../../src/lib/roleplay/engine.ts';
import { engineScenario, localizeScenario } from '../../src/lib/roleplay/scenarioView.ts';
import { offeredReplies } from '../../src/lib/roleplay/transcript.ts';
import { scenarioSchema } from '../../src/schemas/scenario.ts';

const seeds = Array.from({ length: 20 }, (_, n) => `learner-${n + 1}`);
const files = readdirSync('content/scenarios').filter((file) => file.endsWith('.yaml'));

describe.each(files)('always pressing the first reply in %s', (file) => {
  const scenario = scenarioSchema.parse(parse(readFileSync(`content/scenarios/${file}`, 'utf8')));
  it.each(locales)('%s: the customer praises at most 2 of 20 learners', (locale) => {
    const view = localizeScenario(scenario, locale);
    const playable = engineScenario(view);
    const praised = seeds.filter((seed) => {
      let session = startSession(playable);
      const passed = new Set<string>();
      while (!session.ending) {
        if (passed.has(session.nodeId)) return false;
        passed.add(session.nodeId);
        const first = offeredReplies(view, session, seed)[0]!;
        const result = choose(playable, session, first.id);
        if (!result.ok) throw new Error(result.message);
        session = result.session;
      }
      return session.ending === 'staysAndPraises';
    });
    expect(praised.length).toBeLessThanOrEqual(2);
  });
});
