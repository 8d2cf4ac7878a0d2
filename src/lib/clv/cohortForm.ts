/**
 * The lifetime-value form as typed, one box per field: money and counts as plain numbers, rates
 * in percent, retention as one rate or one per year separated by semicolons. Each box is read by
 * the one number reader against its field in src/schemas/cohortInputs.ts, so the form's problems
 * are the model's problems (limits as fractions; the widget words them in percent).
 */
import { cohortFields, type CohortField } from '../../schemas/cohortInputs.ts';
import { readField } from '../form/readField.ts';
import { cohortFormText, type CohortFormText } from './cohortFormText.ts';
import { checkCohort, type CohortCheck, type CohortProblem } from './cohortInputs.ts';

/** Reads the boxes; a retention box with a semicolon (half- or full-width) holds one rate per year. */
export function readCohortForm(text: Readonly<CohortFormText>): CohortCheck {
  const rates = text.retention.split(/[;；]/);
  return checkCohort({ ...text, retention: rates.length > 1 ? rates : text.retention }, (field, typed) =>
    readField(cohortFields[field], typed ?? ''),
  );
}

/** The first problem of each box, as the form shows them. */
export function problemsByField(problems: readonly CohortProblem[]): Partial<Record<CohortField, CohortProblem>> {
  const byField: Partial<Record<CohortField, CohortProblem>> = {};
  for (const problem of problems) byField[problem.field] ??= problem;
  return byField;
}

/** The form's reader for the widget's form state: boxes to inputs as typed (one rate or a list), and back. */
export const cohortFormReader = {
  read: (text: Readonly<CohortFormText>) => {
    const read = readCohortForm(text);
    return read.ok
      ? { ok: true as const, values: read.inputs }
      : { ok: false as const, problems: problemsByField(read.problems) };
  },
  write: cohortFormText,
};
