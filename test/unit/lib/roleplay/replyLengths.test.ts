/**
 * Which reply is best at each decision point, and the best replies' mean length against the
 * others', on a small scenario whose graph and lengths are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../../src/schemas/scenario.ts';
import { bestRepliesAt } from '../../../../src/lib/roleplay/debrief.ts';
import { replyLengthBalance } from '../../../../src/lib/roleplay/replyLengths.ts';

const text = (zh: string, en: string) => ({ 'zh-cn': zh, en });
const reply = (id: string, zh: string, en: string, next: string, fair: number) => ({
  id,
  text: text(zh, en),
  steps: ['solve'],
  effects: { outcome: fair, process: fair, interaction: 0, emotion: 0 },
  feedback: text('反馈', 'Feedback'),
  next,
});
const ending = (id: string, kind: string) => ({ id, mood: 'wary', customer: text('结束', 'The end'), ending: kind });

// open: "good" leads on to a node where praise is still possible; "bad" ends in escalation.
// mid: "fine" and "also-fine" both reach praise with the same justice (+1 +1 = 2 each): a tie.
// "worse" reaches only "stays".
const scenario = scenarioSchema.parse({
  id: 'tiny',
  title: text('小例子', 'A tiny example'),
  setting: {
    business: text('商店', 'A shop'),
    failure: text('出错了', 'Something went wrong'),
    failureType: 'deliverySystem',
    role: text('店员', 'The clerk'),
  },
  startEmotion: 0,
  start: 'open',
  nodes: [
    {
      id: 'open',
      mood: 'angry',
      customer: text('怎么回事', 'What happened?'),
      choices: [
        reply('good', '一二三四五六七八', 'abcdefgh', 'mid', 1), // 8 characters in both locales
        reply('bad', '一二三四', 'abcdefghijkl', 'end-escalates', -1), // 4 and 12
      ],
    },
    {
      id: 'mid',
      mood: 'wary',
      customer: text('然后呢', 'And then?'),
      choices: [
        reply('fine', '一二', 'ab', 'end-praises', 1), // 2 and 2
        reply('also-fine', '一二三四', 'abcd', 'end-praises', 1), // 4 and 4
        reply('worse', '一二三四五六', 'abcdef', 'end-stays', 1), // 6 and 6
      ],
    },
    ending('end-praises', 'staysAndPraises'),
    ending('end-stays', 'stays'),
    ending('end-escalates', 'escalatesPublicly'),
  ],
});

describe('bestRepliesAt', () => {
  it('names the reply that keeps the best ending open, and every reply tied for best', () => {
    expect(bestRepliesAt(scenario, 'open').map((choice) => choice.id)).toEqual(['good']);
    expect(bestRepliesAt(scenario, 'mid').map((choice) => choice.id)).toEqual(['fine', 'also-fine']);
  });

  it('names none at an ending or a node that does not exist', () => {
    expect(bestRepliesAt(scenario, 'end-stays')).toEqual([]);
    expect(bestRepliesAt(scenario, 'nowhere')).toEqual([]);
  });
});

describe('replyLengthBalance', () => {
  it('averages the best reply per decision point and pools the other replies (Chinese)', () => {
    const balance = replyLengthBalance(scenario, 'zh-cn');
    expect(balance.nodes).toEqual([
      { nodeId: 'open', best: [{ choiceId: 'good', length: 8 }], others: [{ choiceId: 'bad', length: 4 }] },
      {
        nodeId: 'mid',
        best: [
          { choiceId: 'fine', length: 2 },
          { choiceId: 'also-fine', length: 4 },
        ],
        others: [{ choiceId: 'worse', length: 6 }],
      },
    ]);
    // Best: open 8, mid (2 + 4) / 2 = 3; mean (8 + 3) / 2 = 5.5. Others: (4 + 6) / 2 = 5. Ratio 1.1.
    expect(balance.bestMean).toBe(5.5);
    expect(balance.othersMean).toBe(5);
    expect(balance.ratio).toBeCloseTo(1.1, 12);
  });

  it('measures each locale on its own (English)', () => {
    const balance = replyLengthBalance(scenario, 'en');
    // Best: (8 + 3) / 2 = 5.5 again. Others: (12 + 6) / 2 = 9. Ratio 5.5 / 9.
    expect(balance.bestMean).toBe(5.5);
    expect(balance.othersMean).toBe(9);
    expect(balance.ratio).toBeCloseTo(5.5 / 9, 12);
  });
});
