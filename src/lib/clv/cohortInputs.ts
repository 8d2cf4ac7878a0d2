/**
 * The cohort model's validation: a candidate from anywhere (a link, storage, the form) checked
 * field by field against the fields described in src/schemas/cohortInputs.ts, every problem
 * reported as a code plus the limit it broke, so the widget can word it in either language.
 */
import { cohortFields, retentionListLength, type CohortField, type CohortInputs } from '../../schemas/cohortInputs.ts';
import type { FieldProblem } from '../form/fieldProblem.ts';
import { checkValue, type FieldReading } from '../form/readField.ts';

/** A per-year retention list with no rate at all, or more rates than the longest horizon has years. */
export type RetentionListProblem = { code: 'tooFewValues'; min: number } | { code: 'tooManyValues'; max: number };

/** One problem with one field; `index` points at a year's rate in a per-year retention list. */
export type CohortProblem = { field: CohortField; index?: number } & (FieldProblem | RetentionListProblem);

/** Valid inputs with the retention spelled out year by year (length = horizon). */
export interface ValidCohortInputs extends Omit<CohortInputs, 'retention'> {
  retention: readonly number[];
}

export type CohortValidation = { ok: true; value: ValidCohortInputs } | { ok: false; problems: CohortProblem[] };

/** Inputs as given (one retention rate or a list of them), or every problem found. */
export type CohortCheck = { ok: true; inputs: CohortInputs } | { ok: false; problems: CohortProblem[] };

/** How one raw value of a field is checked: a number from a link as it is, typed text through the number reader. */
export type FieldCheck<Raw> = (field: CohortField, raw: Raw | undefined) => FieldReading;

const fieldNames = Object.keys(cohortFields) as CohortField[];

const isList = <Raw>(value: Raw | readonly Raw[] | undefined): value is readonly Raw[] => Array.isArray(value);

/**
 * Checks every field with `check` and a per-year retention list rate by rate, reporting all
 * problems in the form's order (a field that cannot be read is reported once, as read).
 */
export function checkCohort<Raw>(
  candidate: { readonly [F in CohortField]?: Raw | readonly Raw[] },
  check: FieldCheck<Raw>,
): CohortCheck {
  const problems: CohortProblem[] = [];
  const values: Partial<Record<CohortField, number | readonly number[]>> = {};
  for (const field of fieldNames) {
    const raw = candidate[field];
    if (field === 'retention' && isList(raw)) {
      values.retention = checkRates(raw, check, problems);
      continue;
    }
    const reading = check(field, raw as Raw | undefined);
    if (reading.ok) values[field] = reading.value;
    else problems.push({ field, ...reading.problem });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, inputs: values as CohortInputs };
}

function checkRates<Raw>(list: readonly Raw[], check: FieldCheck<Raw>, problems: CohortProblem[]): number[] {
  if (list.length < retentionListLength.min) {
    problems.push({ field: 'retention', code: 'tooFewValues', min: retentionListLength.min });
    return [];
  }
  if (list.length > retentionListLength.max) {
    problems.push({ field: 'retention', code: 'tooManyValues', max: retentionListLength.max });
    return [];
  }
  const rates: number[] = [];
  list.forEach((raw, index) => {
    const reading = check('retention', raw);
    if (reading.ok) rates.push(reading.value);
    else problems.push({ field: 'retention', index, ...reading.problem });
  });
  return rates;
}

/** Stored or linked data may be anything; a missing object is simply every field missing. */
function asCandidate(candidate: unknown): Partial<Record<CohortField, unknown>> {
  return typeof candidate === 'object' && candidate !== null ? candidate : {};
}

/** Checks values that are already numbers (a link, storage), keeping the retention as given. Never throws. */
export function checkCohortInputs(candidate: unknown): CohortCheck {
  return checkCohort(asCandidate(candidate), (field, raw) => checkValue(cohortFields[field], raw));
}

/** The inputs as the model follows them: one retention rate per year of the horizon, the last rate repeated. */
export function withYearlyRetention(inputs: CohortInputs): ValidCohortInputs {
  const rates = typeof inputs.retention === 'number' ? [inputs.retention] : inputs.retention;
  const last = rates[rates.length - 1]!;
  return { ...inputs, retention: Array.from({ length: inputs.horizonYears }, (_, year) => rates[year] ?? last) };
}

/**
 * Validates every field (reporting all problems, not only the first). Accepts anything, so a
 * value from a URL or storage can be checked as it is; never throws.
 */
export function validateCohortInputs(candidate: unknown): CohortValidation {
  const checked = checkCohortInputs(candidate);
  return checked.ok ? { ok: true, value: withYearlyRetention(checked.inputs) } : checked;
}
