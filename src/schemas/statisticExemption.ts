/**
 * The content checker's list of statistics that need no citation (content/statistic-exemptions.yaml):
 * each entry names a file, finds its paragraph by a short quote or its quiz item, scenario node or
 * exam item by id, and says why the figure is not a claim about the world.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

export const statisticExemptionSchema = z
  .strictObject({
    file: z
      .string()
      .regex(/^content\/\S+\.(mdx|yaml)$/, 'a content file path, e.g. content/chapters/en/03-customer-value.mdx'),
    quote: text.optional(),
    item: text.optional(),
    reason: text.min(10, 'say why the figure needs no source'),
  })
  .refine((entry) => (entry.quote === undefined) !== (entry.item === undefined), {
    message: 'give either a quote of the paragraph or the id of the item, not both',
  });

export const statisticExemptionsSchema = z.strictObject({ exemptions: z.array(statisticExemptionSchema) });

export type StatisticExemptionEntry = z.infer<typeof statisticExemptionSchema>;
