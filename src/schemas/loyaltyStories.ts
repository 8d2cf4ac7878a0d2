/**
 * The loyalty matrix's customer stories (content/loyalty-matrix/stories.yaml): for each, the cell
 * of Dick and Basu's matrix it belongs to and, in every locale, a short title for the matrix, the
 * story, what it shows about relative attitude and about repeat patronage, and what the firm
 * should do with such a customer. A broken file fails the build naming the story: a missing
 * language, a cell that does not exist, a repeated id, too few or too many stories, or a cell
 * with fewer than two stories (a learner could then place the last ones by elimination).
 */
import { z } from 'zod';
import { loyaltyCells } from '../lib/loyalty-matrix/loyaltyCells.ts';
import { localizedText } from './localized.ts';

/** "A dozen or so", as the chapter promises, and enough per cell that none is filled by elimination. */
export const STORY_COUNT = { min: 10, max: 16 } as const;
export const STORIES_PER_CELL_MIN = 2;

const storySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. estate-greengrocer'),
  cell: z.enum(loyaltyCells, { error: `must be one of the matrix's cells: ${loyaltyCells.join(', ')}` }),
  /** A few words naming the customer, shown in the matrix once placed; must not hint at the cell. */
  title: localizedText,
  story: localizedText,
  /** Why relative attitude is high or low in this story. */
  attitude: localizedText,
  /** Why repeat patronage is high or low in this story. */
  patronage: localizedText,
  /** What the firm should do with such a customer. */
  action: localizedText,
});

export const loyaltyStoriesSchema = z
  .strictObject({
    stories: z
      .array(storySchema)
      .min(STORY_COUNT.min, `give at least ${STORY_COUNT.min} stories ("a dozen or so")`)
      .max(STORY_COUNT.max, `give at most ${STORY_COUNT.max} stories`),
  })
  .superRefine(({ stories }, ctx) => {
    const seen = new Set<string>();
    stories.forEach((story, index) => {
      if (seen.has(story.id))
        ctx.addIssue({
          code: 'custom',
          path: ['stories', index, 'id'],
          message: `"${story.id}" is used by an earlier story`,
        });
      seen.add(story.id);
    });
    for (const cell of loyaltyCells) {
      const count = stories.filter((story) => story.cell === cell).length;
      if (count < STORIES_PER_CELL_MIN)
        ctx.addIssue({
          code: 'custom',
          path: ['stories'],
          message: `cell "${cell}" has ${count} ${count === 1 ? 'story' : 'stories'}; give it at least ${STORIES_PER_CELL_MIN}`,
        });
    }
  });

export type LoyaltyStories = z.output<typeof loyaltyStoriesSchema>;
export type LoyaltyStory = LoyaltyStories['stories'][number];
