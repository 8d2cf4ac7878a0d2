/**
 * The course glossary (content/glossary.yaml): every term in both locales, side by side, so a
 * Chinese student learns the English term and the reverse. The chapter text links a term where it
 * first appears in a section, matching the term or one of its aliases; the glossary page lists
 * them all. Cross-file checks (related ids exist, key terms are covered, at least 120 terms,
 * rejected variants absent from the course) are the content checker's (src/lib/content-check/).
 */
import { z } from 'zod';
import { localized } from './localized.ts';

const text = z.string().trim().min(1, 'must not be empty');

/** A term's slug: the page anchor (/glossary/#customer-lifetime-value) and what `related` names. */
export const glossaryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'term ids are lowercase words joined by hyphens, e.g. customer-lifetime-value');

/** One locale's side of a term. */
const termText = z.strictObject({
  /** The form the course uses (for Chinese, the one chosen where textbooks differ). */
  term: text,
  /** One sentence, in the course's own words. */
  definition: text,
  /** Other forms the text may use that should link here: an abbreviation, a short form, a plural. */
  aliases: z.array(text).optional(),
});

export const glossaryTermSchema = z
  .strictObject({
    id: glossaryIdSchema,
    /** The chapter that introduces the term (1–8). */
    chapter: z.int().min(1).max(99),
    'zh-cn': termText,
    en: termText,
    related: z.array(glossaryIdSchema).optional(),
    /**
     * Where textbooks use several terms for this concept, the variants the course does not use;
     * the content checker fails on any of them in a chapter, quiz, scenario or exam item.
     */
    rejected: z.array(text).optional(),
    /** Why this term was chosen over the rejected ones, shown on the glossary page. */
    choice: localized(text).optional(),
  })
  .refine((term) => !term.rejected || term.choice, {
    message: 'a term with rejected variants says why it was chosen (choice)',
    path: ['choice'],
  });

export const glossarySchema = z
  .strictObject({ terms: z.array(glossaryTermSchema).min(1) })
  .superRefine((glossary, ctx) => {
    const seen = new Set<string>();
    glossary.terms.forEach((term, index) => {
      if (seen.has(term.id))
        ctx.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `duplicate term id ${term.id}` });
      seen.add(term.id);
    });
  });

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Glossary = z.infer<typeof glossarySchema>;
