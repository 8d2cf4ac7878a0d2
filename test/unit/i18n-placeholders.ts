/**
 * Type-level checks, run by `astro check` (this file is type-checked, not executed): a template's
 * placeholders come from the default locale's text, so `fill` with a missing or misspelt one is
 * an error. Each `@ts-expect-error` fails the check if that error ever stops being reported.
 */
import { fill, strings } from '../../src/i18n/index.ts';

const { form, churn } = strings('en');

export const filled = [
  fill(form.problems.belowMin, { label: 'Years', min: 1 }),
  // @ts-expect-error `min` is missing
  fill(form.problems.belowMin, { label: 'Years' }),
  // @ts-expect-error `mni` is misspelt
  fill(form.problems.belowMin, { label: 'Years', mni: 1 }),
  // @ts-expect-error the template has no `{n}`
  fill(churn.title, { n: 1 }),
];
