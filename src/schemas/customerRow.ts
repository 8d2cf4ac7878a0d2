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
import { parseFormNumber } from '../lib/text/parseFormNumber';

/**
 * A number as a spreadsheet exports it: spaces, thousands separators (in a quoted field) and
 * full-width digits are fine; a percent sign or a currency symbol is not a count or an amount.
 */
const numberText = z.pipe(
  z.string().check(z.trim(), z.minLength(1)),
  z.transform((text: string, ctx) => {
    const parsed = /[%\uFF05]/.test(text) ? null : parseFormNumber(text);
    if (parsed?.ok) return parsed.value;
    ctx.issues.push({ code: 'custom', input: text, params: { code: 'notANumber' } });
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
