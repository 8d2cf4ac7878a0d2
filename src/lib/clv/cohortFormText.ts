/**
 * The other direction of `readCohortForm`: cohort inputs (rates as fractions, e.g. decoded from
 * a shared link) written as the text a student would type into the lifetime-value form (rates in
 * percent, without float noise), so a link opens with its values in the fields.
 */
import { cohortFields, type CohortField, type CohortInputs } from '../../schemas/cohortInputs.ts';
import { fieldText } from '../form/fieldText.ts';

/** The text in each box of one scenario. */
export type CohortFormText = Record<CohortField, string>;

/** Per-year retention rates are written with semicolons, which never clash with a thousands comma. */
export const retentionListSeparator = ';';

export function cohortFormText(inputs: CohortInputs): CohortFormText {
  const text = {} as CohortFormText;
  for (const field of Object.keys(cohortFields) as CohortField[]) {
    const value = inputs[field];
    text[field] =
      typeof value === 'number'
        ? fieldText(cohortFields[field], value)
        : value.map((rate) => fieldText(cohortFields[field], rate)).join(`${retentionListSeparator} `);
  }
  return text;
}
