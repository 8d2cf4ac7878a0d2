/**
 * The card sorts' content (content/card-sorts/*.yaml) against the rules agreed for it
 * (/work/briefs/cardsort-format.md): the three exercises exist and parse; each has enough cards
 * per category and in all that none is placed by elimination; every card's text is of the agreed
 * length (zh 25–70 characters, en 15–45 words); no category's cards are markedly longer or shorter
 * than the rest (mean within ±25 % of all cards', per locale); and no card names its own category.
 * The rules run on a hand-made sort that breaks each of them, so they cannot pass vacuously.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CARD_LENGTH_TOLERANCE, categoryLengthBalance } from '../../src/lib/card-sort/categoryLengths.ts';
import { namedCategory } from '../../src/lib/card-sort/namesCategory.ts';
import { displayLength } from '../../src/lib/text/displayLength.ts';
import { locales } from '../../src/i18n/locales.ts';
import { cardSortSchema, type CardSort } from '../../src/schemas/cardSort.ts';

const root = 'content/card-sorts';

/** Each exercise's minimum cards per category and in all (cardsort-format.md). */
const minimums: Record<string, { perCategory: number; total: number }> = {
  'customer-ladder': { perCategory: 1, total: 12 },
  'bond-levels': { perCategory: 4, total: 12 },
  'relationship-stages': { perCategory: 2, total: 12 },
};
/** A sort not listed above: two per category, so the last is never placed by elimination. */
const defaultMinimum = { perCategory: 2, total: 0 };

const textLength = {
  'zh-cn': { min: 25, max: 70, measure: (text: string) => displayLength(text), unit: 'characters' },
  en: { min: 15, max: 45, measure: (text: string) => text.trim().split(/\s+/u).length, unit: 'words' },
} as const;

/** Every way a sort breaks the content rules, in words naming the card or category. */
function contentProblems(name: string, sort: CardSort): string[] {
  const problems: string[] = [];
  const { perCategory, total } = minimums[name] ?? defaultMinimum;
  if (sort.cards.length < total) problems.push(`${sort.cards.length} cards; give at least ${total}`);
  for (const category of sort.categories) {
    const cards = sort.cards.filter((card) => card.category === category.id).length;
    if (cards < perCategory) problems.push(`${category.id}: ${cards} cards; give at least ${perCategory}`);
  }
  for (const locale of locales) {
    const rule = textLength[locale];
    for (const card of sort.cards) {
      const length = rule.measure(card.text[locale]);
      if (length < rule.min || length > rule.max)
        problems.push(`${card.id} (${locale}): ${length} ${rule.unit}, not ${rule.min}–${rule.max}`);
      const category = sort.categories.find((candidate) => candidate.id === card.category)!;
      const named = namedCategory(card.text[locale], category.name[locale]);
      if (named) problems.push(`${card.id} (${locale}) names its category: “${named}”`);
    }
    const balance = categoryLengthBalance(
      sort.categories.map((category) => category.id),
      sort.cards.map((card) => ({ category: card.category, text: card.text[locale] })),
    );
    for (const { category, ratio } of balance)
      if (Math.abs(ratio - 1) > CARD_LENGTH_TOLERANCE)
        problems.push(`${category} (${locale}): cards ${Math.round(ratio * 100)} % of the mean length`);
  }
  return problems;
}

const files = readdirSync(root)
  .filter((file) => file.endsWith('.yaml'))
  .sort();
const read = (file: string) => cardSortSchema.parse(parse(readFileSync(`${root}/${file}`, 'utf8')));

describe('card-sort content', () => {
  it('has the three exercises of issue #16', () => {
    expect(files).toEqual(expect.arrayContaining(Object.keys(minimums).map((name) => `${name}.yaml`)));
  });

  describe.each(files)('%s', (file) => {
    const name = file.replace(/\.yaml$/, '');

    it('parses against the schema', () => {
      expect(() => read(file)).not.toThrow();
    });

    it('keeps the content rules', () => {
      expect(contentProblems(name, read(file))).toEqual([]);
    });
  });

  it('the ladder and the stages are ordered, as their feedback says "rungs too high" or "stages too early"', () => {
    for (const name of ['customer-ladder', 'relationship-stages'])
      if (files.includes(`${name}.yaml`)) expect(read(`${name}.yaml`).ordered).toBe(true);
  });
});

describe('the content rules', () => {
  const text = (zh: string, en: string) => ({ 'zh-cn': zh, en });
  // Lengths counted by hand: zh30 is 30 characters; en20 is 20 words, 20 × 4 letters + 19 spaces = 99
  // characters (lengths are compared in characters in both languages, as displayLength measures).
  const zh30 = '一二三四五六七八九十'.repeat(3);
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  const en20 = words(20);
  const broken: CardSort = {
    ordered: false,
    categories: [
      { id: 'financial', name: text('财务性纽带', 'Financial bond'), cue: text('钱', 'Money') },
      { id: 'social', name: text('社交性纽带', 'Social bond'), cue: text('人', 'People') },
    ],
    cards: [
      { id: 'points', category: 'financial', text: text(`财务性${zh30.slice(3)}`, en20), why: text('因', 'Why') },
      {
        id: 'cashback',
        category: 'financial',
        text: text(zh30, `${en20} and five more words here`),
        why: text('因', 'Why'),
      },
      // 80 characters and 50 words: too long, and it makes its category's mean too long.
      {
        id: 'club',
        category: 'social',
        text: text(zh30.repeat(3).slice(0, 80), words(50)),
        why: text('因', 'Why'),
      },
    ],
  };

  it('catch each broken rule, naming the card or category', () => {
    expect(contentProblems('bond-levels', broken)).toEqual([
      '3 cards; give at least 12',
      'financial: 2 cards; give at least 4',
      'social: 1 cards; give at least 4',
      'points (zh-cn) names its category: “财务性”',
      'club (zh-cn): 80 characters, not 25–70',
      // Means 30, 80; all (30 + 30 + 80) / 3 = 46.67: ratios 64 % and 171 %.
      'financial (zh-cn): cards 64 % of the mean length',
      'social (zh-cn): cards 171 % of the mean length',
      'club (en): 50 words, not 15–45',
      // In characters: 99, 99 + 25 = 124 and 50 × 4 + 49 = 249. Means 111.5 and 249; all 472 / 3 =
      // 157.33: ratios 71 % and 158 %.
      'financial (en): cards 71 % of the mean length',
      'social (en): cards 158 % of the mean length',
    ]);
  });
});
