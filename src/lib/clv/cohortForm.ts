/**
 * The lifetime-value form as typed: money and counts as plain numbers, rates in percent (one
 * retention rate, or one per year). Turns the text into validated cohort inputs or into problems
 * with the same codes the model uses, limits stated as fractions (the widget formats them as %).
 */
import { validateCohortInputs, type CohortField, type CohortProblem, type CohortValidation } from './cohortInputs';
import { parseFormNumber, parsePercentField, type ParsedNumber } from '../text/parseFormNumber';

export interface CohortFormText {
  startingCustomers: string;
  /** One rate for every year, or one text per year. */
  retentionPercent: string | readonly string[];
  marginPerCustomer: string;
  marginGrowthPercent: string;
  discountPercent: string;
  acquisitionCost: string;
  horizonYears: string;
}

/** Reads the form; problems name the model's fields (`retention`, `discountRate` …). */
export function readCohortForm(form: CohortFormText): CohortValidation {
  const parseProblems: CohortProblem[] = [];
  const read = (field: CohortField, parsed: ParsedNumber, index?: number): number => {
    if (parsed.ok) return parsed.value;
    parseProblems.push(index === undefined ? { field, code: parsed.code } : { field, index, code: parsed.code });
    return Number.NaN;
  };
  const retention =
    typeof form.retentionPercent === 'string'
      ? read('retention', parsePercentField(form.retentionPercent))
      : form.retentionPercent.map((text, index) => read('retention', parsePercentField(text), index));
  const checked = validateCohortInputs({
    startingCustomers: read('startingCustomers', parseFormNumber(form.startingCustomers)),
    retention,
    marginPerCustomer: read('marginPerCustomer', parseFormNumber(form.marginPerCustomer)),
    marginGrowth: read('marginGrowth', parsePercentField(form.marginGrowthPercent)),
    discountRate: read('discountRate', parsePercentField(form.discountPercent)),
    acquisitionCost: read('acquisitionCost', parseFormNumber(form.acquisitionCost)),
    horizonYears: read('horizonYears', parseFormNumber(form.horizonYears)),
  });
  if (parseProblems.length === 0) return checked;
  // A field that could not be read is reported once, as typed ("required"), not again as NaN.
  const unreadable = (problem: CohortProblem) =>
    parseProblems.some((p) => p.field === problem.field && p.index === problem.index);
  const rangeProblems = checked.ok ? [] : checked.problems.filter((problem) => !unreadable(problem));
  return { ok: false, problems: [...parseProblems, ...rangeProblems] };
}
