/**
 * The role-play's sentences made from a session, on the coat-exchange scenario: what is read out
 * after a reply, the mood line, a reply with its steps, the path table's rows, which replies are on
 * offer, and opening a scenario where it was left. Lines are quoted from the scenario file and the
 * strings; emotions are added up by hand from the file's effects.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { moodText, replyWithSteps, sessionAnnouncement } from '../../../../src/lib/roleplay/conversationWords.ts';
import { playPath, type Session } from '../../../../src/lib/roleplay/engine.ts';
import { pathRows } from '../../../../src/lib/roleplay/pathRows.ts';
import { openSession } from '../../../../src/lib/roleplay/resumeSession.ts';
import { choicesById, engineScenario, localizeScenario } from '../../../../src/lib/roleplay/scenarioView.ts';
import { offeredReplies } from '../../../../src/lib/roleplay/transcript.ts';
import { numberFormats } from '../../../../src/lib/text/numberFormats.ts';
import { scenarioSchema } from '../../../../src/schemas/scenario.ts';

const clothing = scenarioSchema.parse(parse(readFileSync('content/scenarios/clothing-exchange.yaml', 'utf8')));
const english = localizeScenario(clothing, 'en');
const chinese = localizeScenario(clothing, 'zh-cn');
const customerLine = (id: string, locale: 'en' | 'zh-cn') =>
  clothing.nodes.find((node) => node.id === id)!.customer[locale];
const bestPath = ['hear-the-story', 'apologise-for-yesterday', 'exchange-with-new-tag', 'fit-and-call-back'];

function played(choiceIds: string[]): Session {
  const result = playPath(clothing, choiceIds);
  if (!result.ok) throw new Error(result.message);
  return result.session;
}

describe('sessionAnnouncement', () => {
  it('reads out the customer’s line after each reply', () => {
    expect(sessionAnnouncement(english, played([]), dictionaries.en.roleplay)).toBe(
      `The customer says: ${customerLine('open', 'en')}`,
    );
    expect(sessionAnnouncement(english, played(['hear-the-story']), dictionaries.en.roleplay)).toBe(
      `The customer says: ${customerLine('heard', 'en')}`,
    );
  });

  it('adds at an ending that the conversation is over, and how', () => {
    expect(sessionAnnouncement(english, played(bestPath), dictionaries.en.roleplay)).toBe(
      `The customer says: ${customerLine('end-praises', 'en')} ` +
        'The conversation is over. Ending: the customer stays and praises you. The debrief follows.',
    );
    expect(sessionAnnouncement(chinese, played(bestPath), dictionaries['zh-cn'].roleplay)).toBe(
      `顾客说：${customerLine('end-praises', 'zh-cn')} 对话结束。结局：顾客留下，还替你说好话。复盘在下面。`,
    );
  });
});

describe('moodText', () => {
  it('names the mood and the emotion on its scale, signed above zero', () => {
    // startEmotion −2 at "open" (angry).
    expect(moodText(english, played([]), dictionaries.en.roleplay, numberFormats('en'))).toBe(
      'angry (-2 on a scale from −5, furious, to +5, delighted)',
    );
    // −2 + 1 + 2 + 2 + 2 = 5 at "end-praises" (pleased).
    expect(moodText(english, played(bestPath), dictionaries.en.roleplay, numberFormats('en'))).toBe(
      'pleased (+5 on a scale from −5, furious, to +5, delighted)',
    );
    const calm = { ...played(['hear-the-story']), emotion: 0 };
    expect(moodText(chinese, calm, dictionaries['zh-cn'].roleplay, numberFormats('zh-CN'))).toBe(
      '不耐烦（0，范围从 −5 “怒不可遏”到 +5 “非常满意”）',
    );
  });
});

describe('replyWithSteps', () => {
  it('names a reply with the handling steps it carries, joined as the language joins a list', () => {
    const englishReplies = choicesById(english);
    expect(replyWithSteps(englishReplies.get('hear-the-story'), dictionaries.en.roleplay)).toBe(
      `${englishReplies.get('hear-the-story')!.text} (listen)`,
    );
    const chineseReplies = choicesById(chinese);
    expect(replyWithSteps(chineseReplies.get('apologise-for-yesterday'), dictionaries['zh-cn'].roleplay)).toBe(
      `${chineseReplies.get('apologise-for-yesterday')!.text} (道歉、共情)`,
    );
    expect(replyWithSteps(undefined, dictionaries.en.roleplay)).toBe('');
  });
});

describe('pathRows', () => {
  it('lines up both paths turn by turn, as long as the longer, marking the turns that match', () => {
    expect(pathRows(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { turn: 1, mine: 'a', best: 'a', sameAsBest: true },
      { turn: 2, mine: 'b', best: 'x', sameAsBest: false },
      { turn: 3, mine: 'c', best: 'c', sameAsBest: true },
      { turn: 4, mine: undefined, best: 'd', sameAsBest: false },
    ]);
    expect(pathRows(['a', 'b'], ['a'])).toEqual([
      { turn: 1, mine: 'a', best: 'a', sameAsBest: true },
      { turn: 2, mine: 'b', best: undefined, sameAsBest: false },
    ]);
    expect(pathRows([], [])).toEqual([]);
  });
});

describe('offeredReplies', () => {
  it('offers the open question’s replies, and none at an ending', () => {
    const written = clothing.nodes[0]!.choices!.map((choice) => choice.id);
    const offered = offeredReplies(english, played([]), 'learner-1').map((choice) => choice.id);
    expect([...offered].sort()).toEqual([...written].sort());
    expect(offeredReplies(english, played(bestPath), 'learner-1')).toEqual([]);
  });

  it('deals the replies in an order of the learner’s own, the same on every visit', () => {
    const order = (seed: string) => offeredReplies(english, played([]), seed).map((choice) => choice.id);
    expect(order('learner-1')).toEqual(order('learner-1'));
    const orders = new Set(Array.from({ length: 30 }, (_, n) => order(`learner-${n}`).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('openSession', () => {
  const playable = engineScenario(english);
  it('starts afresh when nothing is saved', () => {
    expect(openSession(playable)).toMatchObject({ nodeId: 'open', emotion: -2, path: [], ending: null });
    expect(openSession(playable, [])).toMatchObject({ nodeId: 'open', path: [] });
  });

  it('resumes where the student left, and starts afresh when the saved path no longer fits', () => {
    const resumed = openSession(playable, [{ nodeId: 'open', choiceId: 'hear-the-story', freeText: 'Tell me.' }]);
    // −2 + 1 = −1 at "heard".
    expect(resumed).toMatchObject({ nodeId: 'heard', emotion: -1, ending: null });
    expect(resumed.path).toEqual([{ nodeId: 'open', choiceId: 'hear-the-story', freeText: 'Tell me.' }]);
    expect(openSession(playable, [{ nodeId: 'open', choiceId: 'no-such-reply' }])).toMatchObject({
      nodeId: 'open',
      path: [],
    });
  });
});
