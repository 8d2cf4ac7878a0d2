/**
 * The SERVQUAL gap scorer's data (content/servqual/servqual.yaml): the 22 items in every locale
 * and the presets, each with four ratings per item on the scale of src/schemas/servqualRatings.ts
 * and an importance split. The build fails, naming the preset and the item, when an item is
 * missing, a rating is off the scale, an adequate level lies above the desired one, or a split
 * does not add up to 100.
 */
import { z } from 'zod';
import { dimensions, itemCount } from '../lib/servqual/dimensions.ts';
import { localizedText } from './localized.ts';
import { fieldSchema } from './numberField.ts';
import { importanceField, importanceTotal, ratingField } from './servqualRatings.ts';

const rating = fieldSchema(ratingField);

const itemRatings = z.strictObject({ expected: rating, perceived: rating, desired: rating, adequate: rating });

const presetSchema = z
  .strictObject({
    title: localizedText,
    /** The service in one paragraph, saying that the figures are invented. */
    setting: localizedText,
    importance: z.strictObject(
      Object.fromEntries(dimensions.map((dimension) => [dimension, fieldSchema(importanceField)])) as Record<
        (typeof dimensions)[number],
        ReturnType<typeof fieldSchema>
      >,
    ),
    /** One entry per item, item 1 first. */
    ratings: z.array(itemRatings).length(itemCount, `give ratings for each of the ${itemCount} items, in order`),
  })
  .superRefine((preset, context) => {
    preset.ratings.forEach((item, index) => {
      if (item.adequate > item.desired)
        context.addIssue({
          code: 'custom',
          path: ['ratings', index, 'adequate'],
          message: `item ${index + 1}: the adequate level (${item.adequate}) is above the desired one (${item.desired})`,
        });
    });
    const total = dimensions.reduce((sum, dimension) => sum + preset.importance[dimension], 0);
    if (total !== importanceTotal)
      context.addIssue({
        code: 'custom',
        path: ['importance'],
        message: `the importance points add up to ${total}, not ${importanceTotal}`,
      });
  });

export const servqualDataSchema = z.strictObject({
  items: z.array(localizedText).length(itemCount, `SERVQUAL has ${itemCount} items: list each once, item 1 first`),
  presets: z
    .record(z.string().regex(/^[a-z0-9-]+$/, 'preset ids are lowercase letters, digits and hyphens'), presetSchema)
    .refine((presets) => Object.keys(presets).length > 0, 'give at least one preset'),
});

export type ServqualData = z.output<typeof servqualDataSchema>;
export type ServqualPreset = z.output<typeof presetSchema>;
