/**
 * The scenario as the page hands it to the role-play widget: one language only, and still playable
 * by the engine with the same scores. Figures are added up by hand from the effects written here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { playPath } from '../../../../src/lib/roleplay/engine.ts';
import type { Scenario } from '../../../../src/lib/roleplay/scenarioTypes.ts';
import { choicesById, engineScenario, localizeScenario } from '../../../../src/lib/roleplay/scenarioView.ts';
import { transcript } from '../../../../src/lib/roleplay/transcript.ts';
import { scenarioSchema } from '../../../../src/schemas/scenario.ts';

const both = (zh: string, en: string) => ({ 'zh-cn': zh, en });

/** A counter, two rounds: a fair reply ends well at once; an unfair one leads to a second round. */
const counter: Scenario = {
  id: 'counter',
  title: both('柜台', 'Counter'),
  setting: {
    business: both('商店', 'A shop'),
    failure: both('商品坏了', 'The goods broke'),
    failureType: 'deliverySystem',
    role: both('你是店员', 'You are the clerk'),
  },
  startEmotion: -2,
  start: 'open',
  nodes: [
    {
      id: 'open',
      mood: 'angry',
      customer: both('坏了！', 'It broke!'),
      choices: [
        {
          id: 'fair',
          text: both('我来换', 'I will swap it'),
          steps: ['solve'],
          effects: { outcome: 2, process: 1, interaction: 1, emotion: 3 },
          feedback: both('好', 'Good'),
          next: 'end-good',
        },
        {
          id: 'unfair',
          text: both('不关我事', 'Not my problem'),
          steps: ['solve'],
          effects: { outcome: -1, process: 0, interaction: -2, emotion: -3 },
          feedback: both('差', 'Poor'),
          next: 'again',
        },
      ],
    },
    {
      id: 'again',
      mood: 'furious',
      customer: both('你说什么？', 'Excuse me?'),
      choices: [
        {
          id: 'sorry',
          text: both('对不起', 'Sorry'),
          steps: ['apologise'],
          effects: { outcome: 0, process: 1, interaction: 2, emotion: 1 },
          feedback: both('补救', 'A rescue'),
          next: 'end-stays',
        },
      ],
    },
    { id: 'end-good', mood: 'pleased', customer: both('谢谢', 'Thanks'), ending: 'staysAndPraises' },
    { id: 'end-stays', mood: 'wary', customer: both('算了', 'Fine'), ending: 'stays' },
  ],
};

describe('localizeScenario', () => {
  it('keeps only the page language’s text', () => {
    const english = JSON.stringify(localizeScenario(counter, 'en'));
    expect(english).toContain('It broke!');
    expect(english).toContain('You are the clerk');
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
    const chinese = localizeScenario(counter, 'zh-cn');
    expect(chinese.title).toBe('柜台');
    expect(choicesById(chinese).get('sorry')?.text).toBe('对不起');
    expect(JSON.stringify(chinese)).not.toContain('Not my problem');
  });

  it('does the same for every real scenario: no Chinese in the English view', () => {
    const file = parse(readFileSync('content/scenarios/clothing-exchange.yaml', 'utf8'));
    const view = localizeScenario(scenarioSchema.parse(file), 'en');
    expect(JSON.stringify(view)).not.toMatch(/[\u4e00-\u9fff]/);
    expect(view.nodes.length).toBe(file.nodes.length);
  });
});

describe('engineScenario', () => {
  it('plays the view exactly as the original: same path, same hand-added scores', () => {
    const playable = engineScenario(localizeScenario(counter, 'en'));
    const viaView = playPath(playable, ['unfair', 'sorry']);
    const viaOriginal = playPath(counter, ['unfair', 'sorry']);
    expect(viaView.ok && viaOriginal.ok).toBe(true);
    if (!viaView.ok || !viaOriginal.ok) return;
    // outcome −1 + 0, process 0 + 1, interaction −2 + 2; emotion −2 − 3 + 1 = −4.
    expect(viaView.session.scores).toEqual({ outcome: -1, process: 1, interaction: 0 });
    expect(viaView.session.emotion).toBe(-4);
    expect(viaView.session.ending).toBe('stays');
    expect(viaView.session).toEqual(viaOriginal.session);
  });
});

describe('transcript', () => {
  it('pairs each round’s customer line with the reply picked and the student’s own words', () => {
    const view = localizeScenario(counter, 'en');
    const playable = engineScenario(view);
    const first = playPath(playable, []);
    if (!first.ok) throw new Error(first.message);
    expect(transcript(view, first.session)).toEqual({ rounds: [], current: view.nodes[0] });

    const after = playPath(playable, ['unfair']);
    if (!after.ok) throw new Error(after.message);
    // Own words travel with the path step; blank words are not kept.
    const withWords = { ...after.session, path: [{ ...after.session.path[0]!, freeText: 'Let me look at it.' }] };
    const { rounds, current } = transcript(view, withWords);
    expect(rounds.map((round) => [round.node.customer, round.choice.text, round.ownWords])).toEqual([
      ['It broke!', 'Not my problem', 'Let me look at it.'],
    ]);
    expect(current?.customer).toBe('Excuse me?');
  });
});
