/**
 * One row of a customer file a student imports (or of the bundled sample): the text of each
 * column, checked and turned into numbers. Each issue carries a code the widget phrases in
 * either language (see `rowErrorsFromIssues` in src/lib/rfm/importCustomers.ts).
 *
 * Written with zod/mini, which the progress store already ships to every page: the pyramid
 * explorer parses files in the browser, and classic zod would add far more script than a chapter
 * page's 40 KB budget allows. The issues it reports are the same zod core issues.
 */
import * as z from 'zod/mini';
import { readNumber } from '../lib/text/readNumber';

/**
 * A number as a spreadsheet exports it, read by the same rule as a number typed into a widget
 * (readNumber): spaces, thousands separators (in a quoted field) and full-width digits are fine;
 * a decimal comma ("1,5") is refused with its own code rather than guessed at; a percent sign or
 * a currency symbol is not a count or an amount.
 */
const numberText = z.pipe(
  z.string().check(z.trim(), z.minLength(1)),
  z.transform((text: string, ctx) => {
    const read = readNumber(text, { percentSign: 'refused' });
    if (read.ok) return read.value;
    ctx.issues.push({ code: 'custom', input: text, params: { code: read.problem } });
    return z.NEVER;
  }),
);

export const customerRowSchema = z.object({
  customerId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  lastPurchaseDaysAgo: z.pipe(numberText, z.int().check(z.minimum(0), z.maximum(36_500))),
  purchases: z.pipe(numberText, z.int().check(z.minimum(0), z.maximum(1_000_000))),
  revenue: z.pipe(numberText, z.number().check(z.minimum(0), z.maximum(1e12))),
  profit: z.pipe(numberText, z.number().check(z.minimum(-1e12), z.maximum(1e12))),
});

export type CustomerRow = z.output<typeof customerRowSchema>;
