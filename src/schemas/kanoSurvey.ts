/**
 * A Kano sample survey's words (content/kano/<id>.yaml) in every locale: what the survey was and
 * each feature's name by id, in the order of the answers file beside it. The answers are checked
 * against these ids when the page is built (src/data/kanoSample.ts).
 */
import { z } from 'zod';
import { localizedText } from './localized.ts';

export const kanoSurveySchema = z.strictObject({
  about: localizedText,
  features: z
    .record(
      z.string().regex(/^[a-z][a-z0-9-]*$/, 'a feature id is lower-case letters, digits and hyphens'),
      localizedText,
    )
    .refine((features) => Object.keys(features).length >= 2, 'a sample survey needs at least two features'),
});

export type KanoSurveyText = z.output<typeof kanoSurveySchema>;
