/** The card-sort schema: a well-formed sort passes; each broken rule is reported at its place, named. */
import { describe, expect, it } from 'vitest';
import { cardSortSchema } from '../../../src/schemas/cardSort.ts';

const text = (zh: string, en: string) => ({ 'zh-cn': zh, en });
const valid = {
  ordered: false,
  categories: [
    { id: 'financial', name: text('财务纽带', 'Financial bond'), cue: text('钱', 'Money') },
    { id: 'social', name: text('社交纽带', 'Social bond'), cue: text('人', 'People'), next: text('局限', 'Limit') },
  ],
  cards: [
    { id: 'points', category: 'financial', text: text('积分', 'Points'), why: text('钱', 'Money') },
    { id: 'club', category: 'social', text: text('车友会', 'Owners’ club'), why: text('人', 'People') },
  ],
};

/** The messages of a failed parse, each with its path. */
function problems(value: unknown): string[] {
  const result = cardSortSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('card-sort schema', () => {
  it('accepts a well-formed sort, intro and next optional', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('names a card in a category the file does not have, and the category left empty', () => {
    const cards = [valid.cards[0]!, { ...valid.cards[1]!, category: 'emotional' }];
    expect(problems({ ...valid, cards })).toEqual([
      'cards.1.category: "emotional" is not one of this file\'s categories: financial, social',
      'categories.1: no card belongs in "social": give it at least one',
    ]);
  });

  it('names a repeated id', () => {
    const cards = [...valid.cards, { ...valid.cards[0]! }];
    expect(problems({ ...valid, cards })).toEqual(['cards.2.id: "points" is used by an earlier item']);
  });

  it('names a missing or blank language', () => {
    const cards = [
      { ...valid.cards[0]!, text: { 'zh-cn': '积分' } },
      { ...valid.cards[1]!, why: text('人', '  ') },
    ];
    expect(problems({ ...valid, cards })).toHaveLength(2);
    expect(problems({ ...valid, cards })[0]).toMatch(/^cards\.0\.text\.en: /);
    expect(problems({ ...valid, cards })[1]).toBe('cards.1.why.en: must not be empty');
  });

  it('refuses an id that is not kebab-case and a field it does not know', () => {
    expect(problems({ ...valid, cards: [{ ...valid.cards[0]!, id: 'Points' }, valid.cards[1]] })[0]).toMatch(
      /^cards\.0\.id: must be lower-case words joined by hyphens/,
    );
    expect(problems({ ...valid, shuffle: true })).toHaveLength(1);
  });
});
