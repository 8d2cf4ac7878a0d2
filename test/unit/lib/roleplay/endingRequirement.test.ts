/**
 * Endings that depend on the whole conversation (#13): an ending may require a justice total on
 * arrival and name the ending reached instead. Checked on a small scenario written out here, then on
 * every real scenario: its best path (added up by hand from the YAML) is still praised, one path
 * that used to be praised now ends with the customer staying and the debrief says why, and the
 * chance that a player choosing at random is praised, computed here by a plain walk over the
 * YAML (not by the engine), is at most the figure stated in the scenario's comment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { shortfallText } from '../../../../src/lib/roleplay/conversationWords.ts';
import { debrief } from '../../../../src/lib/roleplay/debrief.ts';
import { playPath, type Session } from '../../../../src/lib/roleplay/engine.ts';
import { enumeratePaths } from '../../../../src/lib/roleplay/enumeratePaths.ts';
import { resumeSession } from '../../../../src/lib/roleplay/resumeSession.ts';
import type { Scenario, ScenarioNode } from '../../../../src/lib/roleplay/scenarioTypes.ts';
import { engineScenario, localizeScenario } from '../../../../src/lib/roleplay/scenarioView.ts';
import { validateScenario } from '../../../../src/lib/roleplay/validateScenario.ts';
import { numberFormats } from '../../../../src/lib/text/numberFormats.ts';
import { scenarioSchema } from '../../../../src/schemas/scenario.ts';

const both = (zh: string, en: string) => ({ 'zh-cn': zh, en });

function played(scenario: Scenario, choiceIds: string[]): Session {
  const result = playPath(scenario, choiceIds);
  if (!result.ok) throw new Error(result.message);
  return result.session;
}

const ending = (id: string, kind: ScenarioNode['ending'], extra: Partial<ScenarioNode> = {}): ScenarioNode => ({
  id,
  mood: 'pleased',
  customer: both(`结局 ${id}`, `Ending ${id}`),
  ending: kind,
  ...extra,
});

/**
 * One decision: "full" (2 + 1 + 1 = 4 points) or "half" (0 + 0 + 1 = 1) both lead to the praise
 * ending, which takes 4; "rude" leads to the customer leaving. Short of 4, the customer stays.
 */
function fixture(praise: Partial<ScenarioNode> = { requires: { total: 4 }, otherwise: 'end-stays' }): Scenario {
  const reply = (id: string, o: number, p: number, i: number, next: string) => ({
    id,
    text: both(`回答 ${id}`, `Reply ${id}`),
    steps: ['solve' as const],
    effects: { outcome: o, process: p, interaction: i, emotion: 1 },
    feedback: both('说明', 'Why'),
    next,
  });
  return {
    id: 'desk',
    title: both('服务台', 'Desk'),
    setting: {
      business: both('商店', 'A shop'),
      failure: both('商品坏了', 'The goods broke'),
      failureType: 'deliverySystem',
      role: both('你是店员', 'You are the clerk'),
    },
    startEmotion: 0,
    start: 'open',
    nodes: [
      {
        id: 'open',
        mood: 'angry',
        customer: both('坏了！', 'It broke!'),
        choices: [
          reply('full', 2, 1, 1, 'end-praise'),
          reply('half', 0, 0, 1, 'end-praise'),
          reply('rude', -1, -1, -1, 'end-leaves'),
        ],
      },
      ending('end-praise', 'staysAndPraises', praise),
      ending('end-stays', 'stays'),
      ending('end-leaves', 'leavesQuietly'),
    ],
  };
}

describe('an ending that requires a justice total, on a small scenario written out here', () => {
  const desk = fixture();

  it('is reached when the total is met exactly (2 + 1 + 1 = 4 of 4)', () => {
    const session = played(desk, ['full']);
    expect(session.nodeId).toBe('end-praise');
    expect(session.ending).toBe('staysAndPraises');
  });

  it('sends a session short of it to its "otherwise" ending (0 + 0 + 1 = 1 of 4), and the debrief says why', () => {
    const session = played(desk, ['half']);
    expect(session.nodeId).toBe('end-stays');
    expect(session.ending).toBe('stays');
    const result = debrief(desk, session);
    if (!result.ok) throw new Error(result.message);
    expect(result.debrief.shortfall).toEqual({ nodeId: 'end-praise', ending: 'staysAndPraises', needed: 4, had: 1 });
    expect(result.debrief.best.choiceIds).toEqual(['full']);
    // The reply that lost the praise is named, with the one that keeps it.
    expect(result.debrief.doDifferently.map((advice) => [advice.choiceId, advice.betterChoiceId])).toEqual([
      ['half', 'full'],
    ]);
    // A path that met it, or never led there, has nothing to explain.
    const full = debrief(desk, played(desk, ['full']));
    const rude = debrief(desk, played(desk, ['rude']));
    expect(full.ok && full.debrief.shortfall).toBeNull();
    expect(rude.ok && rude.debrief.shortfall).toBeNull();
  });

  it('is followed by the path search, a resumed session and the view the page hands the island', () => {
    expect(enumeratePaths(desk).map((path) => [path.choiceIds[0], path.ending, path.nodeIds.at(-1)])).toEqual([
      ['full', 'staysAndPraises', 'end-praise'],
      ['half', 'stays', 'end-stays'],
      ['rude', 'leavesQuietly', 'end-leaves'],
    ]);
    expect(resumeSession(desk, [{ nodeId: 'open', choiceId: 'half' }])?.ending).toBe('stays');
    const island = engineScenario(localizeScenario(desk, 'en'));
    expect(played(island, ['half']).ending).toBe('stays');
    expect(played(island, ['full']).ending).toBe('staysAndPraises');
  });

  it('passes the validator, and its ending "stays" counts as reached by the "otherwise" alone', () => {
    const check = validateScenario(desk);
    expect(check.problems).toEqual([]);
    expect(check.endingsReached).toEqual(['staysAndPraises', 'stays', 'leavesQuietly']);
    expect(scenarioSchema.safeParse(desk).success).toBe(true);
  });

  const problems = (scenario: Scenario) => validateScenario(scenario).problems.map((problem) => problem.message);

  it('is refused when no path can earn the total (the most any path brings is 4)', () => {
    expect(problems(fixture({ requires: { total: 5 }, otherwise: 'end-stays' }))).toEqual([
      'ending "end-praise" requires a justice total of 5, which no path earns (the most any path arriving there has is 4)',
    ]);
  });

  it('is refused with an "otherwise" that is missing, not an ending, not worse, or part of a circle', () => {
    expect(problems(fixture({ requires: { total: 4 }, otherwise: 'nowhere' }))).toContain(
      'ending "end-praise": otherwise "nowhere" does not exist',
    );
    expect(problems(fixture({ requires: { total: 4 }, otherwise: 'open' }))).toContain(
      'ending "end-praise": otherwise "open" is not an ending',
    );
    expect(problems(fixture({ requires: { total: 4 }, otherwise: 'end-praise' }))).toContain(
      'ending "end-praise": otherwise "end-praise" (staysAndPraises) is not worse than staysAndPraises, so falling short would not cost anything',
    );
    const circle = fixture();
    circle.nodes[2] = ending('end-stays', 'stays', { requires: { total: 1 }, otherwise: 'end-praise' });
    expect(problems(circle)).toContain(
      'ending "end-praise": its "otherwise" endings go round in a circle (end-praise → end-stays → end-praise)',
    );
  });

  it('is refused half-given, or on a decision point', () => {
    expect(problems(fixture({ requires: { total: 4 } }))).toContain(
      'ending "end-praise" needs both "requires" and "otherwise": one without the other means nothing',
    );
    const onQuestion = fixture();
    onQuestion.nodes[0] = { ...onQuestion.nodes[0]!, requires: { total: 1 }, otherwise: 'end-stays' };
    expect(problems(onQuestion)).toContain(
      'node "open" is not an ending: only an ending can require a total and name an "otherwise"',
    );
  });
});

/** The YAML as written, for the walk below that does not use the engine. */
interface RawNode {
  id: string;
  ending?: string;
  requires?: { total: number };
  otherwise?: string;
  choices?: { id: string; next: string; effects: { outcome: number; process: number; interaction: number } }[];
}
interface RawScenario {
  id: string;
  start: string;
  nodes: RawNode[];
}

const raw = (id: string) => parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8')) as RawScenario;
const load = (id: string) => scenarioSchema.parse(raw(id));

/**
 * The chance of the praise ending for a player who picks each offered reply with equal chance,
 * by carrying probability forward turn by turn over (node, outcome, process, interaction), each score
 * kept within ±10, until less than 1e-12 is still in play (the flight scenario has a loop a player can
 * circle). Returns the praised share and the share still in play, so the true value lies between
 * `praised` and `praised + open`. `withRequirement: false` ignores `requires`, as before #13.
 */
function randomPraise(scenario: RawScenario, withRequirement: boolean): { praised: number; open: number } {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  const clamp = (value: number) => Math.max(-10, Math.min(10, value));
  let inPlay = new Map<string, number>([[`${scenario.start}|0|0|0`, 1]]);
  let praised = 0;
  let open = 1;
  while (open >= 1e-12) {
    const next = new Map<string, number>();
    for (const [state, chance] of inPlay) {
      const [id, o, p, i] = state.split('|');
      const node = byId.get(id!)!;
      for (const choice of node.choices!) {
        const share = chance / node.choices!.length;
        const scores = [
          clamp(Number(o) + choice.effects.outcome),
          clamp(Number(p) + choice.effects.process),
          clamp(Number(i) + choice.effects.interaction),
        ];
        let target = byId.get(choice.next)!;
        if (target.ending) {
          const total = scores[0]! + scores[1]! + scores[2]!;
          if (withRequirement && target.requires && total < target.requires.total)
            target = byId.get(target.otherwise!)!;
          if (target.ending === 'staysAndPraises') praised += share;
        } else {
          const key = [choice.next, ...scores].join('|');
          next.set(key, (next.get(key) ?? 0) + share);
        }
      }
    }
    inPlay = next;
    open = [...inPlay.values()].reduce((sum, chance) => sum + chance, 0);
  }
  return { praised, open };
}

interface Case {
  id: string;
  /** The total end-praises requires, as written in the YAML. */
  required: number;
  /** The best path, and its total added up by hand from the YAML's effects. */
  best: string[];
  bestTotal: number;
  /** A path with one small slip (at most 3 points) that keeps the praise, with its total. */
  slip: string[];
  slipTotal: number;
  /** A path that reached the praise ending before #13 and now falls short, with its total. */
  short: string[];
  shortTotal: number;
  /** The random player's chance of praise before and after, as exact fractions where the graph has no loop. */
  before: number;
  after: number;
}

const cases: Case[] = [
  {
    id: 'clothing-exchange',
    required: 13,
    // outcome 0+0+2+1 = 3, process 1+1+2+2 = 6, interaction 2+2+1+2 = 7.
    best: ['hear-the-story', 'apologise-for-yesterday', 'exchange-with-new-tag', 'fit-and-call-back'],
    bestTotal: 16,
    // outcome 0+0+1+1 = 2, process 1+1+1+2 = 5, interaction 2+2+0+2 = 6.
    slip: ['hear-the-story', 'apologise-for-yesterday', 'exchange-next-week', 'fit-and-call-back'],
    slipTotal: 13,
    // outcome 0+0+2+1 = 3, process 0+1+2+2 = 5, interaction −1+2+1+2 = 4.
    short: ['inspect-coat', 'step-back-and-ask', 'exchange-with-new-tag', 'fit-and-call-back'],
    shortTotal: 12,
    // Every path takes 4 replies from 3: each has chance 1/81. 13 paths reached praise; 3 reach 13 or more
    // (16, 15 with feel-for-her, 13 above).
    before: 13 / 81,
    after: 3 / 81,
  },
  {
    id: 'flight-delay',
    required: 13,
    // outcome 0+0+2+1 = 3, process 1+1+2+2 = 6, interaction 2+2+1+2 = 7.
    best: ['what-time-tonight', 'sorry-for-the-app', 'rebook-other-airline', 'bag-and-check-in-later'],
    bestTotal: 16,
    // outcome 0+0+2+1 = 3, process 1+0+2+2 = 5, interaction 2+2+1+2 = 7.
    slip: ['what-time-tonight', 'such-an-occasion', 'rebook-other-airline', 'bag-and-check-in-later'],
    slipTotal: 15,
    // outcome 0+0+2+1 = 3, process −1+1+2+2 = 4, interaction −1+2+1+2 = 4.
    short: ['its-mechanical', 'own-the-late-notice', 'rebook-other-airline', 'bag-and-check-in-later'],
    shortTotal: 11,
    // The recheck ↔ stalled loop makes the paths unbounded: the walk's result, stated to four places.
    before: 1 / 6,
    after: 0.0362,
  },
  {
    id: 'lost-parcel',
    required: 13,
    // outcome 0+0+2+1 = 3, process 1+1+2+2 = 6, interaction 2+2+1+2 = 7.
    best: ['ask-the-details', 'our-courier-our-fault', 'resend-today', 'flag-and-check-in'],
    bestTotal: 16,
    // outcome 0+0+2+1 = 3, process 1+0+2+2 = 5, interaction 2+2+1+2 = 7.
    slip: ['ask-the-details', 'worried-about-dad', 'resend-today', 'flag-and-check-in'],
    slipTotal: 15,
    // outcome 0+0+1+1 = 2, process 1+1+0+2 = 4, interaction 2+2+0+2 = 6.
    short: ['ask-the-details', 'our-courier-our-fault', 'resend-after-check', 'flag-and-check-in'],
    shortTotal: 12,
    // Through "heard" each path has chance (1/3)^4 = 1/81; through "pushed" (two replies) 1/3 · 1/2 · 1/3 · 1/3 = 1/54.
    // Praised before: 6 paths through heard and 5 through pushed, 6/81 + 5/54 = 14/81; after: 16 and 15, both via heard.
    before: 14 / 81,
    after: 2 / 81,
  },
  {
    id: 'restaurant-food-safety',
    required: 17,
    // outcome 0+1+0+1+2 = 4, process 1+2+2+2+1 = 8, interaction 2+2+1+1+2 = 8.
    best: ['child-first', 'sorry-and-keep-evidence', 'go-and-check', 'tell-the-truth', 'call-tomorrow'],
    bestTotal: 20,
    // outcome 0+0+0+1+2 = 3, process 1+0+2+2+1 = 6, interaction 2+2+1+1+2 = 8.
    slip: ['child-first', 'understand-the-fear', 'go-and-check', 'tell-the-truth', 'call-tomorrow'],
    slipTotal: 17,
    // outcome 0+1+0+0+2 = 3, process 1+2+2+0+1 = 6, interaction 2+2+1+0+2 = 7.
    short: ['child-first', 'sorry-and-keep-evidence', 'go-and-check', 'vague-review', 'call-tomorrow'],
    shortTotal: 16,
    // Through the kitchen check (two replies there) a praised path has chance 1/4 · 1/3 · 1/3 · 1/2 · 1/3 = 1/216,
    // otherwise 1/4 · 1/3 · 1/3 · 1/3 = 1/108. Praised before: 8 paths via the kitchen and 8 via stalled,
    // 8/216 + 8/108 = 1/9; after: 20 and 17, both via the kitchen, 2/216.
    before: 1 / 9,
    after: 2 / 216,
  },
  {
    id: 'telecom-billing',
    required: 13,
    // outcome 0+0+2+1 = 3, process 1+1+2+2 = 6, interaction 2+2+1+2 = 7.
    best: ['let-her-finish', 'own-the-mistake', 'refund-and-cancel-now', 'promise-follow-up'],
    bestTotal: 16,
    // outcome 0+0+2+1 = 3, process 1+0+2+2 = 5, interaction 2+2+1+2 = 7.
    slip: ['let-her-finish', 'understand-her', 'refund-and-cancel-now', 'promise-follow-up'],
    slipTotal: 15,
    // outcome 0+0+1+1 = 2, process 1+1+0+2 = 4, interaction 2+2+0+2 = 6.
    short: ['let-her-finish', 'own-the-mistake', 'cancel-refund-later', 'promise-follow-up'],
    shortTotal: 12,
    // Each path has chance 1/81; 13 were praised before, 2 now (16 and 15).
    before: 13 / 81,
    after: 2 / 81,
  },
];

describe.each(cases)('$id: praise takes the whole conversation', (c) => {
  const scenario = load(c.id);
  const total = (session: Session) => session.scores.outcome + session.scores.process + session.scores.interaction;

  it(`requires ${c.required}, the best path's total less 3, and falls back to "stays"`, () => {
    const praise = scenario.nodes.find((node) => node.ending === 'staysAndPraises')!;
    expect(praise.requires).toEqual({ total: c.required });
    expect(scenario.nodes.find((node) => node.id === praise.otherwise)?.ending).toBe('stays');
    expect(c.required).toBe(c.bestTotal - 3);
  });

  it('still praises the best path and a path with one small slip', () => {
    const best = played(scenario, c.best);
    expect([best.ending, total(best)]).toEqual(['staysAndPraises', c.bestTotal]);
    const slip = played(scenario, c.slip);
    expect([slip.ending, total(slip)]).toEqual(['staysAndPraises', c.slipTotal]);
    const report = debrief(scenario, best);
    expect(report.ok && report.debrief.best.choiceIds).toEqual(c.best);
    expect(report.ok && report.debrief.best.justiceTotal).toBe(c.bestTotal);
  });

  it('no longer praises a path that used to be praised, and the debrief says what was missing, in both languages', () => {
    const withoutRequirement: Scenario = {
      ...scenario,
      nodes: scenario.nodes.map(({ requires: _requires, otherwise: _otherwise, ...node }) => node),
    };
    expect(played(withoutRequirement, c.short).ending).toBe('staysAndPraises');
    const session = played(scenario, c.short);
    expect([session.ending, total(session)]).toEqual(['stays', c.shortTotal]);
    const result = debrief(scenario, session);
    if (!result.ok) throw new Error(result.message);
    const { shortfall } = result.debrief;
    expect(shortfall).toEqual({
      nodeId: 'end-praises',
      ending: 'staysAndPraises',
      needed: c.required,
      had: c.shortTotal,
    });
    expect(shortfallText(shortfall!, dictionaries.en.roleplay, numberFormats('en'))).toBe(
      `Why it stopped short: “the customer stays and praises you” takes the whole conversation handled well, a justice total of at least ${c.required} over all your replies; yours came to ${c.shortTotal}.`,
    );
    expect(shortfallText(shortfall!, dictionaries['zh-cn'].roleplay, numberFormats('zh-CN'))).toBe(
      `差在哪里：“顾客留下，还替你说好话”这个结局看的是整场对话——各轮回应的公平分合计至少要 ${c.required} 分，你这次合计 ${c.shortTotal} 分。`,
    );
  });

  it(`gives a player choosing at random the praise ending with chance at most ${c.after.toFixed(4)} (before: ${c.before.toFixed(4)})`, () => {
    const before = randomPraise(raw(c.id), false);
    const after = randomPraise(raw(c.id), true);
    expect(before.praised).toBeCloseTo(c.before, 10);
    expect(after.praised + after.open).toBeLessThanOrEqual(c.after + 1e-12);
    if (c.id !== 'flight-delay') expect(after.praised).toBeCloseTo(c.after, 10);
    else expect(after.praised).toBeGreaterThan(c.after - 0.0001);
  });
});
