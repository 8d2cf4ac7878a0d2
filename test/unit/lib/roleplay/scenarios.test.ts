/**
 * The real role-play scenarios (content/scenarios/*.yaml) walked end to end: every path enumerated,
 * path counts checked against counts worked out by hand from each file's graph, every ending
 * reachable, at least four decisions on every path, the best path ending in praise, and the best
 * replies not given away by their length.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioSchema, type Scenario } from '../../../../src/schemas/scenario.ts';
import { enumeratePaths } from '../../../../src/lib/roleplay/enumeratePaths.ts';
import { bestPath } from '../../../../src/lib/roleplay/debrief.ts';
import { ENDINGS, HANDLING_STEPS } from '../../../../src/lib/roleplay/scenarioTypes.ts';
import { REPLY_LENGTH_TOLERANCE, replyLengthBalance } from '../../../../src/lib/roleplay/replyLengths.ts';
import { locales } from '../../../../src/i18n/locales.ts';

const load = (file: string): Scenario => scenarioSchema.parse(parse(readFileSync(`content/scenarios/${file}`, 'utf8')));
const files = readdirSync('content/scenarios').filter((file) => file.endsWith('.yaml'));

/**
 * Distinct paths, counted by hand (E = an "offer" node's 3 endings each):
 * - telecom: explained 3×3 = 9, stalled 3×3 = 9; heard 9+9+9 = 27; pushed 9+9+9 = 27; open 27 + 2×27 = 81.
 * - clothing: the same shape, 81.
 * - restaurant: kitchen-check 2×3 = 6; explained 6+3+3 = 12; stalled 9; heard 12+12+9 = 33;
 *   pushed 12+9+9 = 30; open (four replies) 33 + 3×30 = 123.
 * - flight (stalled ↔ recheck loop, each walked once): recheck after explained 3 + (stalled without recheck 3+3) + 3 = 12;
 *   explained 3+12+3 = 18; stalled first 3 + (recheck without stalled 3+3) + 3 = 12; heard 18+18+12 = 48;
 *   pushed 18+12+12 = 42; open 48 + 2×42 = 132.
 * - parcel: explained 9, stalled 9; heard 9+9+9 = 27; pushed (two replies) 9+9 = 18; open 27 + 2×18 = 63.
 */
const HAND_COUNTED_PATHS: Record<string, number> = {
  'telecom-billing': 81,
  'clothing-exchange': 81,
  'restaurant-food-safety': 123,
  'flight-delay': 132,
  'lost-parcel': 63,
};

it('has the five scenarios the course needs', () => {
  expect(files.map((file) => load(file).id).sort()).toEqual(Object.keys(HAND_COUNTED_PATHS).sort());
});

describe.each(files)('%s', (file) => {
  const scenario = load(file);
  const paths = enumeratePaths(scenario);

  it('has as many distinct paths as counted by hand', () => {
    console.log(`${scenario.id}: ${paths.length} distinct paths`);
    expect(paths.length).toBe(HAND_COUNTED_PATHS[scenario.id]);
    expect(new Set(paths.map((path) => path.choiceIds.join(' '))).size).toBe(paths.length);
  });

  it('reaches every ending node it defines, and at least four kinds of ending', () => {
    const endingNodes = scenario.nodes.filter((node) => node.ending).map((node) => node.id);
    const reached = new Set(paths.map((path) => path.nodeIds.at(-1)));
    expect(endingNodes.filter((id) => !reached.has(id))).toEqual([]);
    expect(new Set(paths.map((path) => path.ending)).size).toBeGreaterThanOrEqual(4);
  });

  it('asks the student to decide at least four times on every path', () => {
    expect(Math.min(...paths.map((path) => path.choiceIds.length))).toBeGreaterThanOrEqual(4);
  });

  it('has a best path that ends with the customer staying and praising you', () => {
    expect(bestPath(scenario)?.ending).toBe(ENDINGS[0]);
    expect(ENDINGS[0]).toBe('staysAndPraises');
  });

  it('models all five handling steps on its best path', () => {
    const best = bestPath(scenario)!;
    const steps = best.choiceIds.flatMap(
      (id) => scenario.nodes.flatMap((node) => node.choices ?? []).find((c) => c.id === id)!.steps,
    );
    expect(new Set(steps)).toEqual(new Set(HANDLING_STEPS));
  });

  it('teaches every handling step somewhere and offers a real choice (two or more replies) at every decision point', () => {
    const choices = scenario.nodes.flatMap((node) => node.choices ?? []);
    expect(new Set(choices.flatMap((choice) => choice.steps))).toEqual(new Set(HANDLING_STEPS));
    const decisions = scenario.nodes.filter((node) => node.choices);
    expect(decisions.filter((node) => node.choices!.length < 2)).toEqual([]);
  });

  /*
   * The best reply at a decision point is the one the debrief recommends there (bestRepliesAt):
   * the reply whose best continuation reaches the best ending still open from that point, then
   * the most justice points (outcome + process + interaction), all of them when tied. Per locale,
   * the best replies' mean length over the decision points must be within ±15 % of the mean
   * length of all the other replies, length being displayLength: characters (Unicode code points,
   * white space runs counted as one) in Chinese and English alike.
   */
  it.each(locales)('does not give its best replies away by length (%s)', (locale) => {
    const balance = replyLengthBalance(scenario, locale);
    const average = (replies: { length: number }[]) => replies.reduce((sum, r) => sum + r.length, 0) / replies.length;
    expect(balance.nodes.filter((node) => node.best.length === 0)).toEqual([]);
    const byExcess = balance.nodes
      .filter((node) => node.others.length > 0)
      .map((node) => ({ node, excess: average(node.best) - average(node.others) }))
      .sort((a, b) => Math.abs(b.excess) - Math.abs(a.excess))
      .map(
        ({ node }) =>
          `${node.nodeId}: best ${node.best.map((r) => `${r.choiceId} ${r.length}`).join(', ')} vs ` +
          node.others.map((r) => `${r.choiceId} ${r.length}`).join(', '),
      );
    expect(
      Math.abs(balance.ratio - 1),
      `${scenario.id} (${locale}): the best replies average ${balance.bestMean.toFixed(1)} characters against ` +
        `${balance.othersMean.toFixed(1)} for the others (ratio ${balance.ratio.toFixed(2)}, allowed ` +
        `${1 - REPLY_LENGTH_TOLERANCE}–${1 + REPLY_LENGTH_TOLERANCE}). Decision points, largest gap first: ` +
        byExcess.join('; '),
    ).toBeLessThanOrEqual(REPLY_LENGTH_TOLERANCE);
  });

  it('writes the two languages separately (no English left in the Chinese beyond app names and cited authors, no Chinese in the English)', () => {
    const texts = [
      scenario.title,
      ...Object.values(scenario.setting).filter((value) => typeof value === 'object'),
      ...scenario.nodes.flatMap((node) => [
        node.customer,
        ...(node.choices ?? []).flatMap((c) => [c.text, c.feedback]),
      ]),
    ] as { 'zh-cn': string; en: string }[];
    expect(
      texts.filter((t) => /[a-z]{4,}/i.test(t['zh-cn'].replace(/App|[A-Z][a-z]+ \d{4}/g, ''))).map((t) => t['zh-cn']),
    ).toEqual([]);
    expect(texts.filter((t) => /[\u4e00-\u9fff]/.test(t.en)).map((t) => t.en)).toEqual([]);
  });
});
