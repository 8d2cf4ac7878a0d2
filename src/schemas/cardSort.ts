/**
 * A card-sort exercise (content/card-sorts/<id>.yaml): categories in display order, each with a
 * name, a cue saying what marks a card as belonging there and, optionally, what comes next (how
 * to move a customer up from a rung, the limit of a bond, what a firm should do at a stage); and
 * cards, each with its category, its text and why it belongs there, every text in every locale.
 * A broken file fails the build naming the item: a missing language, a repeated id, a card in a
 * category the file does not have, or a category no card belongs in. How many cards each
 * exercise needs, and how long they may be, the content test checks (test/unit/cardSorts.test.ts).
 */
import { z } from 'zod';
import { localizedText } from './localized.ts';

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. first-visit');

const categorySchema = z.strictObject({
  id: kebabId,
  name: localizedText,
  /** One sentence: what marks a card as belonging here. */
  cue: localizedText,
  /** Shown once the category's cards are placed right. */
  next: localizedText.optional(),
});

const cardSchema = z.strictObject({
  id: kebabId,
  category: kebabId,
  /** The story, tactic or event to place; must not name its category. */
  text: localizedText,
  /** The feedback after checking: why it belongs there, and why not a likely neighbour. */
  why: localizedText,
});

/** Reports each id used a second time, at its place in the list. */
function repeatedIds(items: readonly { id: string }[], list: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: `"${item.id}" is used by an earlier item` });
    seen.add(item.id);
  });
}

export const cardSortSchema = z
  .strictObject({
    /** The categories have a natural order (rungs low to high, stages in time), in display order. */
    ordered: z.boolean(),
    intro: localizedText.optional(),
    categories: z.array(categorySchema).min(2, 'give at least two categories to sort into'),
    cards: z.array(cardSchema).min(2, 'give at least two cards'),
  })
  .superRefine(({ categories, cards }, ctx) => {
    repeatedIds(categories, 'categories', ctx);
    repeatedIds(cards, 'cards', ctx);
    const ids = categories.map((category) => category.id);
    cards.forEach((card, index) => {
      if (!ids.includes(card.category))
        ctx.addIssue({
          code: 'custom',
          path: ['cards', index, 'category'],
          message: `"${card.category}" is not one of this file's categories: ${ids.join(', ')}`,
        });
    });
    categories.forEach((category, index) => {
      if (!cards.some((card) => card.category === category.id))
        ctx.addIssue({
          code: 'custom',
          path: ['categories', index],
          message: `no card belongs in "${category.id}": give it at least one`,
        });
    });
  });

export type CardSort = z.output<typeof cardSortSchema>;
